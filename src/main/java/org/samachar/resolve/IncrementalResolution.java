package org.samachar.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.samachar.rdf.Iris;
import org.samachar.rdf.Sam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the events graph up to date with the articles written since it was made, touching only
 * what they can change: the index graph is refiled with their new reports, {@link
 * IncrementalClustering} finds the events whose reports now cluster otherwise, and of the events
 * graph only those events are rewritten, with the events whose denial links point into them.
 * Each event is written as the difference between its stored quads and its new ones. Call inside
 * a write transaction; it throws {@link IllegalStateException} when the events graph or the index
 * is not what the last resolution left (the caller then resolves from scratch).
 */
public final class IncrementalResolution {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolution.class);

    /**
     * @param reports    per-article event reports after the change
     * @param events     events after it
     * @param toldByMany of those, told by several articles
     * @param written    the new quads of the events rewritten (for their SHACL check)
     * @param quadsAdded quads added to the events graph and the index, less those removed
     */
    public record Outcome(long reports, long events, long toldByMany, Graph written, long quadsAdded) {
    }

    private final EventMatch match;

    public IncrementalResolution(EventMatch match) {
        this.match = match;
    }

    public Outcome run(DatasetGraph dataset, List<PendingArticles.Pending> pending, IndexState state) {
        long start = System.nanoTime();
        // CPU time too: on a loaded machine the wall time says more about the neighbours than about this.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        Map<String, EventReport> old = new HashMap<>();
        List<EventReport> removed = new ArrayList<>();
        List<EventReport> added = new ArrayList<>();
        long reports = state.reports();
        for (PendingArticles.Pending p : pending) {
            List<EventReport> now = dataset.containsGraph(p.graph())
                    ? ReportReader.reports(dataset.getGraph(p.graph())) : List.of();
            Set<EventReport> before = new HashSet<>(p.oldReports());
            Set<EventReport> after = new HashSet<>(now);
            p.oldReports().forEach(r -> old.put(r.iri(), r));
            p.oldReports().stream().filter(r -> !after.contains(r)).forEach(removed::add);
            now.stream().filter(r -> !before.contains(r)).forEach(added::add);
            reports += now.size() - p.oldReports().size();
        }
        EventIndex index = new EventIndex(dataset);
        long indexed = 0;
        for (EventReport r : removed) {
            indexed -= index.remove(r);
        }
        for (EventReport r : added) {
            indexed += index.add(r);
        }

        StoreNeighbours store = new StoreNeighbours(dataset, match, index, old);
        IncrementalClustering.Result result = IncrementalClustering.run(store, removed, added);
        long clustered = System.nanoTime();

        Map<String, Node> newEvent = new HashMap<>();
        Map<Node, List<EventReport>> rewrite = new LinkedHashMap<>();
        for (List<EventReport> c : result.clusters()) {
            List<EventReport> sorted = c.stream().sorted(java.util.Comparator.comparing(EventReport::iri)).toList();
            Node node = EventResolver.iri(sorted);
            sorted.forEach(r -> newEvent.put(r.iri(), node));
            rewrite.put(node, sorted);
        }
        Set<String> gone = new HashSet<>();
        removed.forEach(r -> gone.add(r.iri()));
        added.forEach(r -> gone.remove(r.iri()));
        EventQuads.Links links = new EventQuads.Links() {
            @Override
            public Optional<Node> eventOf(String iri) {
                Node n = newEvent.get(iri);
                if (n != null) {
                    return Optional.of(n);
                }
                return gone.contains(iri) ? Optional.empty() : store.eventOf(iri);
            }

            @Override
            public List<String> deniersOf(String iri) {
                return deniers(dataset, iri);
            }
        };
        // Events not re-clustered whose quads still change: those with a report denying a report
        // whose event changed or went, and those with a report denied by a denial added or removed.
        Set<String> moved = new LinkedHashSet<>(newEvent.keySet());
        result.retired().forEach(c -> c.members().forEach(r -> moved.add(r.iri())));
        moved.addAll(gone);
        Set<Node> dirty = new LinkedHashSet<>();
        for (String t : moved) {
            for (String d : deniers(dataset, t)) {
                if (!newEvent.containsKey(d)) {
                    store.eventOf(d).ifPresent(dirty::add);
                }
            }
        }
        for (EventReport d : concat(removed, added)) {
            for (String t : d.denies()) {
                if (!newEvent.containsKey(t) && !gone.contains(t)) {
                    store.eventOf(t).ifPresent(dirty::add);
                }
            }
        }
        Set<Node> retired = new LinkedHashSet<>();
        result.retired().forEach(c -> retired.add(c.node()));
        for (Node n : dirty) {
            if (!rewrite.containsKey(n) && !retired.contains(n)) {
                rewrite.put(n, store.members(n).stream().sorted(java.util.Comparator.comparing(EventReport::iri)).toList());
            }
        }

        // Everything is computed from the old events graph before any of it is written.
        Map<Node, Set<Quad>> desired = new LinkedHashMap<>();
        rewrite.forEach((node, cluster) -> desired.put(node, EventQuads.of(cluster, links)));
        retired.forEach(n -> desired.putIfAbsent(n, Set.of()));
        Graph written = GraphFactory.createDefaultGraph();
        long[] changed = new long[2];
        desired.forEach((node, quads) -> {
            EventsGraphPatch.replace(dataset, node, quads, changed);
            quads.forEach(q -> written.add(q.asTriple()));
        });

        long events = state.events() + result.clusters().size() - result.retired().size();
        long many = state.toldByMany() + result.clusters().stream().filter(IncrementalResolution::toldByMany).count()
                - result.retired().stream().filter(c -> toldByMany(c.members())).count();
        LOG.info("event resolution, incremental: {} articles changed, {} reports out and {} in; {} reports' matches looked up, "
                        + "{} old events read; {} events replaced by {}, {} more rewritten; {} quads removed, {} added; "
                        + "clustered in {} s, events graph written in {} s ({} s of CPU)",
                pending.size(), removed.size(), added.size(), store.lookups(), store.eventsRead(), result.retired().size(),
                result.clusters().size(), rewrite.size() - result.clusters().size(), changed[0], changed[1],
                seconds(start, clustered), seconds(clustered, System.nanoTime()), seconds(cpu, threads.getCurrentThreadCpuTime()));
        return new Outcome(reports, events, many, written, indexed + changed[1] - changed[0]);
    }

    private static boolean toldByMany(List<EventReport> cluster) {
        return cluster.stream().map(EventReport::article).distinct().count() > 1;
    }

    /** The reports, in article graphs, that deny the report {@code iri}. */
    static List<String> deniers(DatasetGraph dataset, String iri) {
        List<String> out = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Sam.denies.asNode(), NodeFactory.createURI(iri)).forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(Iris.ARTICLE_GRAPH)
                    && dataset.contains(q.getGraph(), q.getSubject(), Sam.modality.asNode(), Node.ANY)) {
                out.add(q.getSubject().getURI());
            }
        });
        return out;
    }

    private static List<EventReport> concat(List<EventReport> a, List<EventReport> b) {
        List<EventReport> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.2f", (to - from) / 1e9);
    }
}
