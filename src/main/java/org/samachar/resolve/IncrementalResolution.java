package org.samachar.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Each event is written as the difference between its stored quads and its new ones. Everything is
 * planned by reading before anything is written ({@link #plan}), so that a change found to reach
 * too far, or a store found inconsistent, leaves no write transaction to give up.
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

    /**
     * The reports of the pending articles that changed.
     *
     * @param removed reports gone or changed, as they were
     * @param added   reports new or changed, as they are
     * @param reports how many reports the store has now
     */
    private record Change(List<EventReport> removed, List<EventReport> added, long reports) {

        static Change of(DatasetGraph dataset, List<PendingArticles.Pending> pending, long reports) {
            List<EventReport> removed = new ArrayList<>();
            List<EventReport> added = new ArrayList<>();
            for (PendingArticles.Pending p : pending) {
                List<EventReport> now = dataset.containsGraph(p.graph())
                        ? ReportReader.reports(dataset.getGraph(p.graph())) : List.of();
                // A report that did not change (the rest of an edited article) is no change at all.
                Set<EventReport> before = new HashSet<>(p.oldReports());
                Set<EventReport> after = new HashSet<>(now);
                p.oldReports().stream().filter(r -> !after.contains(r)).forEach(removed::add);
                now.stream().filter(r -> !before.contains(r)).forEach(added::add);
                reports += now.size() - p.oldReports().size();
            }
            return new Change(removed, added, reports);
        }

        /** IRIs of reports no longer in the store. */
        Set<String> gone() {
            Set<String> out = new HashSet<>();
            removed.forEach(r -> out.add(r.iri()));
            added.forEach(r -> out.remove(r.iri()));
            return out;
        }
    }

    /** Look-ups every change may make whatever the store's size: below it resolving from scratch costs more anyway. */
    public static final long MINIMUM_BUDGET = 1_000;

    private final EventMatch match;
    private final long minimumBudget;
    private final Sealing sealing;

    public IncrementalResolution(EventMatch match) {
        this(match, MINIMUM_BUDGET, Sealing.DEFAULT);
    }

    /**
     * @param minimumBudget look-ups any change may make before it is resolved from scratch (tests lower it)
     * @param sealing       which events are no longer re-clustered: those the resolutions before sealed, and
     *                      this one's new clusters above its size
     */
    public IncrementalResolution(EventMatch match, long minimumBudget, Sealing sealing) {
        this.match = match;
        this.minimumBudget = minimumBudget;
        this.sealing = sealing;
    }

    /**
     * What the change makes of the events graph and the index, found by reading only: the
     * clustering, the events' new quads and the index's filings; nothing is written until {@link
     * Plan#write}. Call inside a transaction. When the change reaches too far the plan is to
     * resolve from scratch, and no write transaction need be opened for this one: a write
     * transaction given up after it wrote corrupts Jena 5.6's node table (AbortedWriteTest).
     *
     * @throws IllegalStateException when the events graph or the index is not what the last resolution left
     */
    public Plan plan(DatasetGraph dataset, List<PendingArticles.Pending> pending, IndexState state) {
        long start = System.nanoTime();
        // CPU time too: on a loaded machine the wall time says more about the neighbours than about this.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        Change change = Change.of(dataset, pending, state.reports());
        EventIndex index = new EventIndex(dataset);
        change.removed().forEach(index::remove);
        change.added().forEach(index::add);
        // A look-up costs about five times what a report costs a resolution from scratch
        // (1.3 against 0.23 ms of CPU at 10K articles), so past a fifth of the reports the change
        // is cheaper to resolve from scratch.
        long budget = Math.max(minimumBudget, change.reports() / 5);
        StoreNeighbours store = new StoreNeighbours(dataset, match, index, budget);
        SealedChanges sealed = new SealedChanges(store, index, sealing);
        // First the events that are still clustered, as a resolution from scratch would cluster
        // them on their own; then which of the new clusters join sealed events.
        List<EventReport> removed = sealed.leave(change.removed());
        IncrementalClustering.Result result;
        try {
            result = IncrementalClustering.run(store, removed, change.added());
        } catch (StoreNeighbours.TooFar e) {
            LOG.info("event resolution, incremental: given up after {} s ({} s of CPU), nothing written: {}",
                    seconds(start, System.nanoTime()), seconds(cpu, threads.getCurrentThreadCpuTime()), e.getMessage());
            return new Plan(e.getMessage(), null);
        }
        List<List<EventReport>> clusters = result.clusters().stream().map(IncrementalClustering.Cluster::members).toList();
        Set<String> addedIris = new HashSet<>();
        change.added().forEach(r -> addedIris.add(r.iri()));
        List<SealedEvent> joined = SealedJoins.decide(clusters, addedIris, store::heldMatches, iri -> store.sealedOf(iri)
                .orElseThrow(() -> new IllegalStateException(iri + " is held under a key of the index, and its event is not sealed")));
        SealedJoins.byEvent(clusters, joined).forEach((s, cs) -> cs.forEach(c -> sealed.join(s, c)));
        long clustered = System.nanoTime();

        Map<String, Node> newEvent = new HashMap<>();
        Map<Node, List<EventReport>> rewrite = new LinkedHashMap<>();
        Map<Node, Set<Quad>> indexQuads = new LinkedHashMap<>();
        List<IncrementalClustering.Cluster> events = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (joined.get(i) == null) {
                events.add(result.clusters().get(i));
            }
        }
        for (IncrementalClustering.Cluster c : events) {
            Node node = EventResolver.iri(c.members());
            c.members().forEach(r -> newEvent.put(r.iri(), node));
            rewrite.put(node, c.members());
            if (sealing.seals(c.members().size())) {
                // Too big to re-cluster next time: filed as a sealed event, some of its reports under each key.
                c.members().forEach(index::unfile);
                HeldFilings.choose(c.members(), sealing.heldPerKey(), index::hold);
                indexQuads.put(node, IndexedEvent.sealedQuads(node, c.members(), EventQuads.time(c.members()).map(EventReport::iri)));
            } else {
                indexQuads.put(node, IndexedEvent.quads(node, c.members(), c.joins()));
            }
        }
        sealed.name(newEvent);
        Set<Node> retired = new LinkedHashSet<>();
        result.retired().forEach(c -> retired.add(c.node()));
        Set<String> gone = change.gone();
        for (Node n : deniersAffected(dataset, store, result, change, newEvent, gone)) {
            if (!rewrite.containsKey(n) && !retired.contains(n) && !sealed.rewriteIfSealed(n)) {
                rewrite.put(n, store.members(n).stream().sorted(Comparator.comparing(EventReport::iri)).toList());
            }
        }
        EventQuads.Links links = new EventQuads.Links() {
            @Override
            public Optional<Node> eventOf(String iri) {
                Node n = newEvent.get(iri);
                return n != null ? Optional.of(n) : gone.contains(iri) ? Optional.empty() : store.eventOf(iri);
            }

            @Override
            public List<String> deniersOf(String iri) {
                return deniers(dataset, iri);
            }
        };
        List<SealedAppend> appends = new ArrayList<>();
        long sealedMany = sealed.plan(dataset, links, rewrite, indexQuads, retired, appends);
        // Every new quad is computed from the old events graph before any of it is written.
        Map<Node, Set<Quad>> desired = new LinkedHashMap<>();
        rewrite.forEach((node, cluster) -> desired.put(node, EventQuads.of(node, cluster, links)));
        retired.forEach(n -> desired.putIfAbsent(n, Set.of()));
        retired.forEach(n -> indexQuads.putIfAbsent(n, Set.of()));
        Graph written = GraphFactory.createDefaultGraph();
        desired.values().forEach(quads -> quads.forEach(q -> written.add(q.asTriple())));
        appends.forEach(a -> a.view().forEach(q -> written.add(q.asTriple())));

        long eventCount = state.events() + events.size() - result.retired().size() - sealed.emptied();
        long many = state.toldByMany() + events.stream().filter(c -> toldByMany(c.members())).count()
                - result.retired().stream().filter(c -> toldByMany(c.members())).count() + sealedMany;
        String summary = String.format(java.util.Locale.ROOT, "%d articles changed, %d reports out and %d in; "
                        + "%d reports' matches looked up (%d reports compared), %d old events read; %d events replaced by %d, "
                        + "%d more rewritten; %s",
                pending.size(), change.removed().size(), change.added().size(), store.lookups(), store.compared(),
                store.eventsRead(), result.retired().size(), events.size(), rewrite.size() - events.size(),
                sealed.summary());
        Writes writes = new Writes(index, desired, appends, indexQuads,
                new Outcome(change.reports(), eventCount, many, written, 0), summary, start, clustered, cpu);
        return new Plan(null, writes);
    }

    /**
     * What a change makes of the events graph and the index: the writes, or the reason to resolve
     * from scratch instead.
     */
    public static final class Plan {
        private final String fullBecause;
        private final Writes writes;

        private Plan(String fullBecause, Writes writes) {
            this.fullBecause = fullBecause;
            this.writes = writes;
        }

        /** Why the change is better resolved from scratch, if it is. */
        public Optional<String> fullBecause() {
            return Optional.ofNullable(fullBecause);
        }

        /**
         * Writes the events and the index's filings as planned; call inside a write transaction
         * that began before the plan (or was promoted from its read), so the plan is of what it
         * sees.
         */
        public Outcome write(DatasetGraph dataset) {
            if (writes == null) {
                throw new IllegalStateException("nothing to write: " + fullBecause);
            }
            return writes.write(dataset);
        }
    }

    /** The writes of a plan, with what they are of for the log. */
    private record Writes(EventIndex index, Map<Node, Set<Quad>> desired, List<SealedAppend> appends,
                          Map<Node, Set<Quad>> indexQuads, Outcome planned, String summary, long start, long clustered, long cpu) {

        Outcome write(DatasetGraph dataset) {
            long indexed = index.write();
            long[] changed = new long[2];
            desired.forEach((node, quads) -> EventsGraphPatch.replace(dataset, node, quads, changed));
            for (SealedAppend a : appends) {
                indexed += a.write(dataset, changed);
            }
            long[] changedIndex = new long[2];
            indexQuads.forEach((node, quads) -> IndexedEvent.replace(dataset, node, quads, changedIndex));
            indexed += changedIndex[1] - changedIndex[0];
            // The same thread plans and writes, so its CPU time since the plan began is this resolution's.
            LOG.info("event resolution, incremental: {}; {} quads removed, {} added; clustered in {} s, "
                            + "events graph written in {} s ({} s of CPU)", summary, changed[0], changed[1],
                    seconds(start, clustered), seconds(clustered, System.nanoTime()),
                    seconds(cpu, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
            return new Outcome(planned.reports(), planned.events(), planned.toldByMany(), planned.written(),
                    indexed + changed[1] - changed[0]);
        }
    }

    /**
     * Old events not re-clustered whose quads still change: those with a report that denies a
     * report whose event changed or went ({@code sam:denies} points at the event), and those with
     * a report that a denial added or removed denies ({@code sam:deniedBy}).
     */
    private static Set<Node> deniersAffected(DatasetGraph dataset, StoreNeighbours store, IncrementalClustering.Result result,
                                             Change change, Map<String, Node> newEvent, Set<String> gone) {
        Set<String> moved = new LinkedHashSet<>(newEvent.keySet());
        result.retired().forEach(c -> c.members().forEach(r -> moved.add(r.iri())));
        moved.addAll(gone);
        Set<Node> out = new LinkedHashSet<>();
        for (String t : moved) {
            for (String d : deniers(dataset, t)) {
                if (!newEvent.containsKey(d)) {
                    store.eventOf(d).ifPresent(out::add);
                }
            }
        }
        List<EventReport> denials = new ArrayList<>(change.removed());
        denials.addAll(change.added());
        for (EventReport d : denials) {
            for (String t : d.denies()) {
                if (!newEvent.containsKey(t) && !gone.contains(t)) {
                    store.eventOf(t).ifPresent(out::add);
                }
            }
        }
        return out;
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

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.2f", (to - from) / 1e9);
    }
}
