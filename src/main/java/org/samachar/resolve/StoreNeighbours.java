package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.rdf.Iris;
import org.samachar.rdf.Sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store as incremental clustering asks it: the reports that may match one, from the index
 * graph (already updated to the new reports), and the old event of a report, from the events
 * graph (not yet rewritten) with its reports as they were — from the marks of the pending
 * articles, or, for an unchanged report, from its article graph.
 */
final class StoreNeighbours implements IncrementalClustering.Neighbours {

    private final DatasetGraph dataset;
    private final EventMatch match;
    private final EventIndex index;
    private final Map<String, EventReport> old;
    private final Map<String, OldCluster> clusters = new HashMap<>();
    /**
     * The old event of each report of the events read: the clustering asks for a report's event at
     * nearly every edge, and each question was a lookup in the store.
     */
    private final Map<String, OldCluster> byReport = new HashMap<>();
    private final long budget;
    private int lookups;

    /**
     * @param old    the reports of the pending articles as they were, by IRI
     * @param budget how many reports' matches may be looked up before resolving from scratch is cheaper
     */
    StoreNeighbours(DatasetGraph dataset, EventMatch match, EventIndex index, Map<String, EventReport> old, long budget) {
        this.dataset = dataset;
        this.match = match;
        this.index = index;
        this.old = old;
        this.budget = budget;
    }

    @Override
    public List<EventReport> matches(EventReport report) {
        if (++lookups > budget) {
            throw new IllegalStateException("the change reaches more than " + budget
                    + " reports, resolving from scratch is cheaper");
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
        return clusters.computeIfAbsent(node.getURI(), k -> {
            OldCluster c = load(node);
            c.members().forEach(m -> byReport.put(m.iri(), c));
            return c;
        });
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
        List<EventReport> out = new ArrayList<>();
        dataset.find(Iris.EVENTS_GRAPH, event, Sam.report.asNode(), Node.ANY).forEachRemaining(q -> {
            EventReport r = old.get(q.getObject().getURI());
            out.add(r != null ? r : current(q.getObject()));
        });
        return out;
    }

    private OldCluster load(Node event) {
        return new OldCluster(event, members(event), match);
    }

    /** An unchanged report, from its article graph. */
    EventReport current(Node report) {
        var it = dataset.find(Node.ANY, report, Sam.modality.asNode(), Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("the events graph names " + report.getURI() + ", which no article has");
        }
        return ReportReader.report(dataset.getGraph(it.next().getGraph()), report);
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
