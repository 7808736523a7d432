package org.samachar.resolve;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An event of the events graph as the last resolution left it, with its reports as they were
 * then and the joins that made it, in order, as the index graph keeps them ({@link IndexedEvent}).
 * The full clustering built it from the edges between its own reports alone (an edge to a report
 * outside never joined, or the two would be one event), so replaying its joins in order tells
 * which of its reports were already one cluster at any point of that clustering: what incremental
 * resolution needs to continue the clustering from there.
 */
final class OldCluster {

    private final Node node;
    private final List<EventReport> members;
    private final List<Edge> merges;
    /** The replay so far: the clusters of these reports just before merges.get(replayed). */
    private ClusterSets replay;
    private int replayed;
    private Edge asked;
    private Set<String> mergePairs;

    /**
     * @param members its reports
     * @param merges  the joins among them, in clustering order
     * @throws IllegalStateException when the joins do not make one cluster of the reports by the
     *                               clustering's rule: the index does not hold what the clustering made
     */
    OldCluster(Node node, List<EventReport> members, List<Edge> merges) {
        this.node = node;
        this.members = members.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        this.merges = List.copyOf(merges);
        ClusterSets sets = new ClusterSets();
        this.members.forEach(m -> sets.add(m.iri(), m.article()));
        Edge last = null;
        for (Edge e : this.merges) {
            if (!sets.contains(e.low().iri()) || !sets.contains(e.high().iri()) || (last != null && e.compareTo(last) <= 0)
                    || !sets.merge(e.low().iri(), e.high().iri())) {
                throw new IllegalStateException("the joins of " + node.getURI() + " are not a clustering of its reports");
            }
            last = e;
        }
        if (sets.groups().size() != 1) {
            throw new IllegalStateException("the event " + node.getURI() + " is not what the clustering makes of its "
                    + this.members.size() + " reports");
        }
    }

    Node node() {
        return node;
    }

    List<EventReport> members() {
        return members;
    }

    /** The joins of the clustering among these reports, in order. */
    List<Edge> merges() {
        return merges;
    }

    /** Whether the clustering joined these two reports' clusters at this edge. */
    boolean joined(Edge edge) {
        return mergePairs().contains(edge.pair());
    }

    private Set<String> mergePairs() {
        if (mergePairs == null) {
            mergePairs = new HashSet<>();
            merges.forEach(e -> mergePairs.add(e.pair()));
        }
        return mergePairs;
    }

    /**
     * The articles of the cluster {@code iri} was in just before the clustering reached
     * {@code edge}. Incremental clustering asks in the order of the edges, so the replay only ever
     * moves forward: replaying from the start for each question made big events cost the square
     * of their size.
     */
    Set<String> articlesBefore(String iri, Edge edge) {
        return replayed(edge, false).articles(iri);
    }

    /** The reports of the cluster {@code iri} was in just before the clustering reached {@code edge}. */
    List<String> membersBefore(String iri, Edge edge) {
        return replayed(edge, false).members(iri);
    }

    /** The articles of the cluster of {@code iri} just after the clustering took {@code edge}. */
    Set<String> articlesAfter(String iri, Edge edge) {
        return replayed(edge, true).articles(iri);
    }

    private ClusterSets replayed(Edge edge, boolean through) {
        if (replay == null || (asked != null && edge.compareTo(asked) < 0)) {
            replay = new ClusterSets();
            members.forEach(m -> replay.add(m.iri(), m.article()));
            replayed = 0;
        }
        asked = edge;
        while (replayed < merges.size() && merges.get(replayed).compareTo(edge) <= (through ? 0 : -1)) {
            Edge e = merges.get(replayed++);
            replay.merge(e.low().iri(), e.high().iri());
        }
        return replay;
    }
}
