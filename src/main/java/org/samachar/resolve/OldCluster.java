package org.samachar.resolve;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The replay so far: the clusters of these reports just before merges.get(replayed). */
    private ClusterSets replay;
    private int replayed;
    private Edge asked;
    private Set<String> mergePairs;

    /**
     * @throws IllegalStateException when the replay does not give one cluster: the events graph
     *                               does not hold what the clustering makes of these reports
     */
    OldCluster(Node node, List<EventReport> members, EventMatch match) {
        this.node = node;
        this.members = members.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        List<Edge> edges = edges(this.members, match);
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

    /**
     * The matching pairs among the reports, in clustering order. Only pairs that share a block and
     * an actor can match, so only those are compared: a big event of reports spread over months
     * would otherwise cost the square of its size.
     */
    private static List<Edge> edges(List<EventReport> members, EventMatch match) {
        Map<String, List<Integer>> byBlockAndActor = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (int block : Blocks.of(members.get(i))) {
                for (String actor : members.get(i).actors()) {
                    byBlockAndActor.computeIfAbsent(block + "\n" + actor, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Long> compared = new HashSet<>();
        List<Edge> out = new ArrayList<>();
        for (List<Integer> same : byBlockAndActor.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int a = same.get(x);
                    int b = same.get(y);
                    if (compared.add((long) a * members.size() + b) && match.same(members.get(a), members.get(b)).isPresent()) {
                        out.add(Edge.between(members.get(a), members.get(b)));
                    }
                }
            }
        }
        out.sort(null);
        return out;
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
