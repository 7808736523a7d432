package org.samachar.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link EventResolver#cluster}, the same comparisons in the same order, over a
 * {@link ReportTable}: one type at a time (reports of two types never match, so types do not
 * interact), with the blocks of that type only, union-find in arrays, and each report made an
 * {@link EventReport} only while the block being compared holds it. So a full resolution holds
 * the table and one type's blocks, not every report as objects. EventResolverTest holds the two
 * to the same clusters.
 */
final class TableClustering {

    private final ReportTable table;
    private final EventMatch match;
    private final int[] parent;
    /** The articles of each cluster that has more than one report, by root row, sorted. */
    private final Map<Integer, int[]> articles = new HashMap<>();
    /** The joins so far (see {@link Clustering#joins}); fewer than the rows. */
    private long[] joins = new long[1024];
    private int joined;

    private TableClustering(ReportTable table, EventMatch match) {
        this.table = table;
        this.match = match;
        this.parent = new int[table.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    /**
     * @param roots the cluster of each row, as the row of its root
     * @param joins the pairs of rows whose comparison joined two clusters, {@code low << 32 | high}
     *              (low the row whose IRI sorts first), in clustering order within each type
     */
    record Clustering(int[] roots, long[] joins) {
    }

    /** The clustering of every row. */
    static Clustering run(ReportTable table, EventMatch match) {
        TableClustering c = new TableClustering(table, match);
        Map<Integer, IntList> byType = new TreeMap<>();
        for (int row : table.byIri()) {
            byType.computeIfAbsent(table.type(row), k -> new IntList()).add(row);
        }
        byType.values().forEach(rows -> c.clusterType(rows.toArray()));
        int[] roots = new int[table.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = c.find(i);
        }
        return new Clustering(roots, Arrays.copyOf(c.joins, c.joined));
    }

    /** @param rows the rows of one type, in IRI order */
    private void clusterType(int[] rows) {
        // The blocks of each report (Blocks), taken in their order.
        TreeMap<Integer, IntList> blocks = new TreeMap<>();
        int[][] blocksOf = new int[rows.length][];
        for (int x = 0; x < rows.length; x++) {
            blocksOf[x] = table.blocks(rows[x]);
            for (int block : blocksOf[x]) {
                blocks.computeIfAbsent(block, k -> new IntList()).add(x);
            }
        }
        for (Map.Entry<Integer, IntList> block : blocks.entrySet()) {
            int blockId = block.getKey();
            int[] same = block.getValue().toArray();
            int[][] actors = new int[same.length][];
            Map<Integer, IntList> withActor = new HashMap<>();
            for (int x = 0; x < same.length; x++) {
                actors[x] = table.actors(rows[same[x]]);
                for (int actor : actors[x]) {
                    withActor.computeIfAbsent(actor, k -> new IntList()).add(x);
                }
            }
            EventReport[] reports = new EventReport[same.length];
            BitSet later = new BitSet(same.length);
            for (int x = 0; x < same.length; x++) {
                later.clear();
                for (int actor : actors[x]) {
                    IntList at = withActor.get(actor);
                    for (int k = Arrays.binarySearch(at.values, 0, at.size, x) + 1; k < at.size; k++) {
                        later.set(at.at(k));
                    }
                }
                int a = rows[same[x]];
                for (int y = later.nextSetBit(0); y >= 0; y = later.nextSetBit(y + 1)) {
                    int b = rows[same[y]];
                    // Only filters that never reject a pair EventMatch accepts may come before
                    // the merge, so the clusters stay those of comparing every pair in order.
                    if (!table.mayMatch(a, b) || Blocks.firstShared(blocksOf[same[x]], blocksOf[same[y]]) != blockId) {
                        continue;
                    }
                    int ra = find(a);
                    int rb = find(b);
                    if (ra != rb && disjoint(articlesOf(ra), articlesOf(rb))
                            && match.same(report(reports, x, a), report(reports, y, b)).isPresent()) {
                        parent[ra] = rb;
                        if (joined == joins.length) {
                            joins = Arrays.copyOf(joins, joined * 2);
                        }
                        joins[joined++] = (long) a << 32 | b;
                        articles.put(rb, union(articlesOf(ra), articlesOf(rb)));
                        articles.remove(ra);
                    }
                }
            }
        }
    }

    private EventReport report(EventReport[] cache, int x, int row) {
        if (cache[x] == null) {
            cache[x] = table.get(row);
        }
        return cache[x];
    }

    private int[] articlesOf(int root) {
        int[] a = articles.get(root);
        return a != null ? a : new int[]{table.article(root)};
    }

    private static boolean disjoint(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return false;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.sort(out);
        return out;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A growable list of ints (a List of Integer costs 20 bytes an element). */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int at(int k) {
            return values[k];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The rows of each cluster, grouped: rows of one cluster are adjacent, clusters in order of their first row. */
    static List<int[]> groups(int[] roots) {
        int n = roots.length;
        int[] count = new int[n];
        for (int r : roots) {
            count[r]++;
        }
        List<int[]> out = new ArrayList<>();
        int[][] byRoot = new int[n][];
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int r = roots[i];
            if (byRoot[r] == null) {
                byRoot[r] = new int[count[r]];
                out.add(byRoot[r]);
            }
            byRoot[r][filled[r]++] = i;
        }
        return out;
    }
}
