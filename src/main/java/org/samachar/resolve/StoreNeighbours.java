package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store as incremental clustering asks it: the reports that may match one, from the index
 * graph's keys (already updated to the new reports), and the old event of a report, from the
 * events graph (not yet rewritten), with its reports as they were and its joins from the index
 * ({@link IndexedEvent}, not yet rewritten either). Sealed events ({@link Sealing}) are hidden from
 * the clustering: the matches of a report with the reports they hold are kept apart, for {@link
 * SealedJoins}.
 */
final class StoreNeighbours implements IncrementalClustering.Neighbours {

    private final DatasetGraph dataset;
    private final EventMatch match;
    private final EventIndex index;
    private final Map<String, OldCluster> clusters = new HashMap<>();
    /**
     * The old event of each report of the events read: the clustering asks for a report's event at
     * nearly every edge, and each question was a lookup in the store.
     */
    private final Map<String, OldCluster> byReport = new HashMap<>();
    /** The old event of each report asked about, by the events graph. */
    private final Map<String, Optional<Node>> eventOf = new HashMap<>();
    /** Each old event asked about: sealed, or still clustered (empty). */
    private final Map<Node, Optional<SealedEvent>> sealed = new HashMap<>();
    /** The matches of each report looked up with reports that sealed events hold. */
    private final Map<String, List<EventReport>> heldMatches = new HashMap<>();
    private final long budget;
    private int lookups;
    private long compared;

    /**
     * @param budget how many reports' matches may be looked up before resolving from scratch is cheaper
     */
    StoreNeighbours(DatasetGraph dataset, EventMatch match, EventIndex index, long budget) {
        this.dataset = dataset;
        this.match = match;
        this.index = index;
        this.budget = budget;
    }

    @Override
    public List<EventReport> matches(EventReport report) {
        if (++lookups > budget) {
            throw new TooFar(budget);
        }
        EventIndex.Candidates candidates = index.candidates(report);
        List<EventReport> held = new ArrayList<>();
        for (EventReport c : candidates.held()) {
            if (!c.iri().equals(report.iri()) && match.same(report, c).isPresent()) {
                held.add(c);
            }
        }
        heldMatches.put(report.iri(), held);
        List<EventReport> out = new ArrayList<>();
        for (EventReport c : candidates.open()) {
            if (!c.iri().equals(report.iri()) && match.same(report, c).isPresent()) {
                out.add(c);
            }
        }
        compared += candidates.open().size() + candidates.held().size();
        return out;
    }

    /** The matches of a report looked up with reports that sealed events hold. */
    List<EventReport> heldMatches(String iri) {
        return heldMatches.getOrDefault(iri, List.of());
    }

    /** The sealed event of a report, if its old event is sealed. */
    Optional<SealedEvent> sealedOf(String iri) {
        return eventOf(iri).flatMap(this::sealed);
    }

    /** The old event {@code event} as a sealed one, if it is sealed. */
    Optional<SealedEvent> sealed(Node event) {
        return sealed.computeIfAbsent(event, e -> IndexedEvent.sealed(dataset, e)
                .map(time -> new SealedEvent(dataset, e, time, index::decode)));
    }

    @Override
    public OldCluster clusterOf(String iri) {
        OldCluster known = byReport.get(iri);
        if (known != null) {
            return known;
        }
        Node node = eventOf(iri).orElseThrow(() -> new IllegalStateException("the events graph has no event of " + iri));
        return clusters.computeIfAbsent(node.getURI(), k -> load(node));
    }

    /** The old event of a report, as the events graph has it. */
    Optional<Node> eventOf(String iri) {
        OldCluster known = byReport.get(iri);
        if (known != null) {
            return Optional.of(known.node());
        }
        return eventOf.computeIfAbsent(iri, k -> {
            var it = dataset.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), NodeFactory.createURI(k));
            return it.hasNext() ? Optional.of(it.next().getSubject()) : Optional.empty();
        });
    }

    /** The reports of an old event, as they were before this build. */
    List<EventReport> members(Node event) {
        Optional<SealedEvent> s = sealed(event);
        if (s.isPresent()) {
            return s.get().members();
        }
        return clusters.computeIfAbsent(event.getURI(), k -> load(event)).members();
    }

    /**
     * An old event from the index, its reports and joins as the last resolution left them; its
     * reports must be those the events graph gives it, or the events graph was changed since.
     */
    private OldCluster load(Node event) {
        OldCluster c = IndexedEvent.read(dataset, event, index::decode);
        Set<String> told = new HashSet<>();
        dataset.find(Iris.EVENTS_GRAPH, event, Sam.report.asNode(), Node.ANY).forEachRemaining(q -> told.add(q.getObject().getURI()));
        if (told.size() != c.members().size() || !c.members().stream().allMatch(m -> told.contains(m.iri()))) {
            throw new IllegalStateException("the index's reports of " + event.getURI() + " are not those of the events graph");
        }
        c.members().forEach(m -> byReport.put(m.iri(), c));
        return c;
    }

    /**
     * The change reaches more reports than the budget: resolving from scratch is cheaper. Thrown
     * only while the resolution reads (it writes nothing before the clustering is done), to
     * leave the clustering from deep inside it.
     */
    static final class TooFar extends RuntimeException {
        TooFar(long budget) {
            super("the change reaches more than " + budget + " reports, resolving from scratch is cheaper", null, false, false);
        }
    }

    /** How many reports' matches were looked up, for the log. */
    int lookups() {
        return lookups;
    }

    /** How many old events were read. */
    int eventsRead() {
        return clusters.size();
    }

    /** How many reports the look-ups compared a report with. */
    long compared() {
        return compared;
    }
}
