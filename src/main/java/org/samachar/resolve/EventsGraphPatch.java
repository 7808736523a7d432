package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one event of the events graph (or of the index graph, {@link IndexedEvent}) as the
 * difference between its stored quads and its new ones: an event that did not change costs a
 * read, and one that changed a little (a report or a denial more) costs the quads that changed,
 * where deleting and re-adding the whole graph cost every quad.
 */
public final class EventsGraphPatch {

    private EventsGraphPatch() {
    }

    /**
     * Makes {@code desired} the quads of {@code event}; adds the quads removed and added to
     * {@code changed[0]} and {@code changed[1]}. Call inside a write transaction.
     */
    public static void replace(DatasetGraph dataset, Node event, Set<Quad> desired, long[] changed) {
        replace(dataset, Iris.EVENTS_GRAPH, event, desired, changed);
    }

    /** {@link #replace(DatasetGraph, Node, Set, long[])} for the quads of {@code subject} in {@code graph}. */
    static void replace(DatasetGraph dataset, Node graph, Node subject, Set<Quad> desired, long[] changed) {
        List<Quad> stale = new ArrayList<>();
        Set<Quad> stored = new HashSet<>();
        dataset.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            stored.add(q);
            if (!desired.contains(q)) {
                stale.add(q);
            }
        });
        stale.forEach(dataset::delete);
        changed[0] += stale.size();
        for (Quad q : desired) {
            if (!stored.contains(q)) {
                dataset.add(q);
                changed[1]++;
            }
        }
    }

    /** Removes every event but {@code keep}; returns how many went. Call inside a write transaction. */
    public static int removeAllBut(DatasetGraph dataset, Set<Node> keep) {
        List<Node> gone = new ArrayList<>();
        dataset.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.sourceCount.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!keep.contains(q.getSubject())) {
                gone.add(q.getSubject());
            }
        });
        gone.forEach(n -> dataset.deleteAny(Iris.EVENTS_GRAPH, n, Node.ANY, Node.ANY));
        return gone.size();
    }
}
