package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Resolution from scratch: every report of the store clustered, and the quads of every event and
 * of every report's filing in the index handed to the caller, which decides how to write them
 * (into the bulk load of a clean build, or as differences from the stored graph). The reports are
 * collected into a {@link ReportTable} first — as a clean build writes its articles, or read from
 * the store — so that memory holds them compactly.
 */
public final class FullResolution {

    private static final Logger LOG = LoggerFactory.getLogger(EventResolver.class);

    /**
     * @param reports    per-article event reports
     * @param events     events
     * @param toldByMany of those, told by several articles
     */
    public record Outcome(long reports, long events, long toldByMany) {
    }

    private final EventMatch match;
    private final Sealing sealing;
    private final ReportTable table = new ReportTable();
    /** After {@link #run}: the clustering, and the rows of each cluster. */
    private TableClustering.Clustering clustering;
    private List<int[]> clusters;

    public FullResolution(EventMatch match, Sealing sealing) {
        this.match = match;
        this.sealing = sealing;
    }

    public void add(EventReport report) {
        table.add(report);
    }

    /** Adds every report of the store's article graphs; call inside a transaction. */
    public void addAll(DatasetGraph dataset) {
        ReportReader.all(dataset, table::add);
    }

    public int size() {
        return table.size();
    }

    /**
     * Clusters the reports and hands over the quads of each event.
     *
     * @param readSeconds how long collecting the reports took, for the log
     */
    public Outcome run(double readSeconds, Consumer<Set<Quad>> events) {
        long start = System.nanoTime();
        clustering = TableClustering.run(table, match);
        clusters = TableClustering.groups(clustering.roots());
        long clustered = System.nanoTime();
        // Denial links between events: few reports deny, so only their targets' events are kept.
        Map<String, List<String>> denials = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.denies(i)) {
                EventReport r = table.get(i);
                r.denies().forEach(d -> denials.computeIfAbsent(d, k -> new ArrayList<>()).add(r.iri()));
            }
        }
        Map<String, Node> eventOf = new HashMap<>();
        for (int[] rows : clusters) {
            if (Arrays.stream(rows).anyMatch(r -> denials.containsKey(table.iri(r)))) {
                List<EventReport> c = members(rows);
                Node node = EventResolver.iri(c);
                c.forEach(r -> eventOf.put(r.iri(), node));
            }
        }
        EventQuads.Links links = new EventQuads.Links() {
            @Override
            public Optional<Node> eventOf(String iri) {
                return Optional.ofNullable(eventOf.get(iri));
            }

            @Override
            public List<String> deniersOf(String iri) {
                return denials.getOrDefault(iri, List.of());
            }
        };
        long many = 0;
        for (int[] rows : clusters) {
            List<EventReport> c = members(rows);
            events.accept(EventQuads.of(c, links));
            if (c.stream().map(EventReport::article).distinct().count() > 1) {
                many++;
            }
        }
        LOG.info("event resolution: {} reports read in {} s, clustered in {} s, events graph written in {} s",
                table.size(), String.format(java.util.Locale.ROOT, "%.2f", readSeconds), seconds(start, clustered),
                seconds(clustered, System.nanoTime()));
        return new Outcome(table.size(), clusters.size(), many);
    }

    /**
     * Hands over the index graph's quads of every report and event, after {@link #run}: where each
     * report is filed ({@link EventIndex}), and each event's reports and joins ({@link IndexedEvent});
     * an event too big to re-cluster incrementally is sealed ({@link Sealing}): some of its reports
     * held under each key, no joins.
     */
    public void index(Consumer<Quad> sink) {
        // The joins of each cluster, adjacent: sorted by the cluster's root, then in clustering order.
        long[] joins = clustering.joins();
        int[] roots = clustering.roots();
        long[] byRoot = new long[joins.length];
        for (int j = 0; j < joins.length; j++) {
            byRoot[j] = (long) roots[(int) (joins[j] >>> 32)] << 32 | j;
        }
        Arrays.sort(byRoot);
        int next = 0;
        Map<Integer, int[]> range = new HashMap<>();
        while (next < byRoot.length) {
            int root = (int) (byRoot[next] >>> 32);
            int from = next;
            while (next < byRoot.length && (int) (byRoot[next] >>> 32) == root) {
                next++;
            }
            range.put(root, new int[]{from, next});
        }
        for (int[] rows : clusters) {
            List<EventReport> c = members(rows);
            if (sealing.seals(c.size())) {
                HeldFilings.choose(c, sealing.heldPerKey(), (key, r) -> sink.accept(EventIndex.held(key, r)));
                IndexedEvent.sealedQuads(EventResolver.iri(c), c, EventQuads.time(c).map(EventReport::iri)).forEach(sink);
                continue;
            }
            c.forEach(r -> EventIndex.quads(r, sink));
            List<Edge> edges = new ArrayList<>();
            int[] at = range.getOrDefault(roots[rows[0]], new int[]{0, 0});
            for (int k = at[0]; k < at[1]; k++) {
                long join = joins[(int) byRoot[k]];
                edges.add(Edge.between(table.get((int) (join >>> 32)), table.get((int) join)));
            }
            IndexedEvent.quads(EventResolver.iri(c), c, edges).forEach(sink);
        }
    }

    private List<EventReport> members(int[] rows) {
        List<EventReport> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(table.get(r));
        }
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.2f", (to - from) / 1e9);
    }
}
