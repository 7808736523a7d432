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
 * ({@link IndexedEvent}, not yet rewritten either).
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
    private final long budget;
    private int lookups;

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
        List<EventReport> out = new ArrayList<>();
        for (EventReport c : index.candidates(report)) {
            if (!c.iri().equals(report.iri()) && match.same(report, c).isPresent()) {
                out.add(c);
            }
        }
        return out;
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
        var it = dataset.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), NodeFactory.createURI(iri));
        return it.hasNext() ? Optional.of(it.next().getSubject()) : Optional.empty();
    }

    /** The reports of an old event, as they were before this build. */
    List<EventReport> members(Node event) {
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
}
