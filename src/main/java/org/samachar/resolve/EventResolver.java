package org.samachar.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.rdf.Iris;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which reports tell one event: the clustering behind the named graph {@link Iris#EVENTS_GRAPH},
 * where each cluster is one event with its type, the actors of every report by role, a place and
 * the narrowest time the reports give, {@code sam:report} to each per-article event (which stays
 * in its article's graph with its own modality, claimants and evidence), the articles, how many,
 * and the denials of any report ({@link EventQuads}). Every event is there, told once or many
 * times, so the graph is the list of real-world events. IRIs come from the members, so an
 * unchanged store gives the same graph. A build resolves from scratch only when it must
 * ({@link FullResolution}); after a few articles changed it follows the change through this
 * clustering instead ({@link IncrementalClustering}), with the same result.
 */
public final class EventResolver {

    private final EventMatch match;

    public EventResolver(EventMatch match) {
        this.match = match;
    }

    /** The country of each city of a gazetteer graph, for comparing places. */
    public static Map<String, String> countries(Graph gazetteer) {
        Map<String, String> out = new HashMap<>();
        gazetteer.find(Node.ANY, SchemaDO.containedInPlace.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                out.put(t.getSubject().getURI(), t.getObject().getURI());
            }
        });
        return out;
    }

    /** The clusters of every report of a dataset (for evaluation: the build goes through AfterLoad); call inside a transaction. */
    public List<List<EventReport>> clusters(DatasetGraph dataset) {
        List<EventReport> reports = new ArrayList<>();
        ReportReader.all(dataset, reports::add);
        reports.sort(Comparator.comparing(EventReport::iri));
        return cluster(reports);
    }

    /** The report {@code event} of an article graph. */
    public static EventReport report(Graph graph, Node event) {
        return ReportReader.report(graph, event);
    }

    /**
     * Single-link clusters of reports that {@link EventMatch} calls the same, within each type. Two
     * clusters join only if no article is in both: an article's own events are distinct events.
     */
    List<List<EventReport>> cluster(List<EventReport> reports) {
        int[] parent = new int[reports.size()];
        Map<Integer, Set<String>> articlesOf = new HashMap<>();
        List<Set<String>> actors = new ArrayList<>(reports.size());
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articlesOf.put(i, new java.util.HashSet<>(Set.of(reports.get(i).article())));
            actors.add(reports.get(i).actors());
        }
        // Blocking: only reports of one type that share a month (of their time, or around their
        // article's date) can be the same event under EventMatch, so only those are compared.
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (String month : months(reports.get(i))) {
                blocks.computeIfAbsent(reports.get(i).type() + " " + month, k -> new ArrayList<>()).add(i);
            }
        }
        // A pair is compared in the first block it shares only. Finding that block from each
        // report's (few) blocks costs no memory, where a set of the pairs compared grew with the
        // square of a block: it held most of the heap at 10K articles (docs/performance.md).
        List<List<Integer>> blocksOf = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            blocksOf.add(new ArrayList<>(4));
        }
        int blockId = 0;
        for (List<Integer> same : blocks.values()) {
            for (int i : same) {
                blocksOf.get(i).add(blockId);
            }
            blockId++;
        }
        blockId = 0;
        for (List<Integer> same : blocks.values()) {
            // EventMatch also needs a shared actor, so within a block a report is compared only with
            // the later reports that share one of its actors, in the order of the block: the same
            // comparisons, in the same order, as all pairs of the block, less those bound to fail.
            Map<String, List<Integer>> withActor = new HashMap<>();
            for (int x = 0; x < same.size(); x++) {
                for (String actor : actors.get(same.get(x))) {
                    withActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(x);
                }
            }
            java.util.BitSet later = new java.util.BitSet(same.size());
            for (int x = 0; x < same.size(); x++) {
                later.clear();
                for (String actor : actors.get(same.get(x))) {
                    List<Integer> at = withActor.get(actor);
                    for (int k = java.util.Collections.binarySearch(at, x) + 1; k < at.size(); k++) {
                        later.set(at.get(k));
                    }
                }
                int a = same.get(x);
                for (int y = later.nextSetBit(0); y >= 0; y = later.nextSetBit(y + 1)) {
                    int b = same.get(y);
                    if (firstShared(blocksOf.get(a), blocksOf.get(b)) != blockId) {
                        continue;
                    }
                    int ri = find(parent, a);
                    int rj = find(parent, b);
                    if (ri != rj && java.util.Collections.disjoint(articlesOf.get(ri), articlesOf.get(rj))
                            && match.same(reports.get(a), reports.get(b)).isPresent()) {
                        parent[ri] = rj;
                        articlesOf.get(rj).addAll(articlesOf.remove(ri));
                    }
                }
            }
            blockId++;
        }
        Map<Integer, List<EventReport>> groups = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** The smallest block id in both ascending lists (there is one: the pair met in a block). */
    private static int firstShared(List<Integer> a, List<Integer> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = Integer.compare(a.get(i), b.get(j));
            if (c == 0) {
                return a.get(i);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    /**
     * The months a report may share with another report of the same event: every month of its
     * time, and for a comparison without time, the months around its article's date (EventMatch
     * allows {@value EventMatch#DAYS_WITHOUT_TIME} days between articles).
     */
    static java.util.NavigableSet<String> months(EventReport r) {
        TreeSet<String> out = new TreeSet<>();
        if (r.begin().isPresent()) {
            for (YearMonth m = YearMonth.from(r.begin().get()); !m.isAfter(YearMonth.from(r.end().get())); m = m.plusMonths(1)) {
                out.add(m.toString());
            }
        }
        r.published().ifPresent(d -> {
            YearMonth m = YearMonth.from(d);
            out.add("published " + m.minusMonths(1));
            out.add("published " + m);
            out.add("published " + m.plusMonths(1));
        });
        if (out.isEmpty()) {
            out.add("unknown");
        }
        return out;
    }

    /** The first month (in block order) both reports' {@link #months} have, or null. */
    static String firstSharedMonth(EventReport a, EventReport b) {
        Set<String> mine = months(a);
        for (String m : months(b)) {
            if (mine.contains(m)) {
                return m;
            }
        }
        return null;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Node iri(List<EventReport> cluster) {
        String members = String.join("\n", cluster.stream().map(EventReport::iri).sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(Iris.ID + "event/" + HexFormat.of().formatHex(hash, 0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
