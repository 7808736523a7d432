package org.samachar.resolve;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An event of the events graph as the last resolution left it, with its reports as they were
 * then. The full clustering built it from the edges between its own reports alone (an edge to a
 * report outside never joined, or the two would be one event), so replaying those edges in order
 * tells which of its reports were already one cluster at any point of that clustering: what
 * incremental resolution needs to continue the clustering from there.
 */
final class OldCluster {

    private final Node node;
    private final List<EventReport> members;
    private final List<Edge> merges = new ArrayList<>();

    /**
     * @throws IllegalStateException when the replay does not give one cluster: the events graph
     *                               does not hold what the clustering makes of these reports
     */
    OldCluster(Node node, List<EventReport> members, EventMatch match) {
        this.node = node;
        this.members = members.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < this.members.size(); i++) {
            for (int j = i + 1; j < this.members.size(); j++) {
                if (match.same(this.members.get(i), this.members.get(j)).isPresent()) {
                    edges.add(Edge.between(this.members.get(i), this.members.get(j)));
                }
            }
        }
        edges.sort(null);
        ClusterSets sets = new ClusterSets();
        this.members.forEach(m -> sets.add(m.iri(), m.article()));
        for (Edge e : edges) {
            if (sets.merge(e.low().iri(), e.high().iri())) {
                merges.add(e);
            }
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

    /** The articles of the cluster {@code iri} was in just before the clustering reached {@code edge}. */
    java.util.Set<String> articlesBefore(String iri, Edge edge) {
        ClusterSets sets = new ClusterSets();
        members.forEach(m -> sets.add(m.iri(), m.article()));
        for (Edge e : merges) {
            if (e.compareTo(edge) >= 0) {
                break;
            }
            sets.merge(e.low().iri(), e.high().iri());
        }
        return sets.articles(iri);
    }
}
