package org.samachar.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The clusters a full clustering would make after some reports were added and some removed,
 * found by following the change through the clustering instead of running it again.
 *
 * <p>The full clustering is order-dependent: it takes the matching pairs in {@link Edge} order
 * and joins two clusters unless an article is in both, so an added report that joins a cluster
 * early can keep it from a join later, which frees another cluster for a third, and so on.
 * Re-clustering only the reports that match a changed one would therefore be wrong, and
 * re-clustering everything connected to them through matches would be right but slow: on a
 * dense store one type's matches connect most of its reports.
 *
 * <p>What is done instead is to run the new clustering while knowing the old one. A report is
 * <em>explicit</em> once its cluster may differ from the one it had at the same point of the old
 * clustering; the cluster of every other report is, at each point, what it was then, which its
 * old event tells by replaying the edges among its own reports ({@link OldCluster}). At the start
 * the added reports are explicit, and so are the old events of the removed ones (their clusters
 * lose a member). Then the edges that touch an explicit report are taken in order: between two
 * explicit reports the join is decided as the full clustering would; between an explicit report
 * and one that is not, the other's cluster at that point is read from its old event, and if the
 * two join, that old event becomes explicit from there on, its reports in the clusters they had
 * at that point. An edge between two reports that are not explicit is decided as it was before,
 * since both clusters are as they were, so it is never looked at. When no edge is left, the
 * explicit reports hold the new clusters and every old event that never became explicit stands
 * unchanged. This equals a full clustering of the new reports (the tests check it on random
 * reports) and costs what the change touches: the edges of the explicit reports, and the old
 * events they reach.
 */
final class IncrementalClustering {

    /** What the clustering asks of the store. */
    interface Neighbours {
        /** The reports after the change that EventMatch calls the same as {@code report}, itself excluded. */
        List<EventReport> matches(EventReport report);

        /** The old event holding the report {@code iri} (its reports as they were before the change). */
        OldCluster clusterOf(String iri);
    }

    /**
     * @param clusters the new clusters of the explicit reports
     * @param retired  the old events they replace (an unchanged one may be among both)
     */
    record Result(List<List<EventReport>> clusters, List<OldCluster> retired) {
    }

    private final Neighbours store;
    private final Map<String, EventReport> explicit = new HashMap<>();
    private final ClusterSets sets = new ClusterSets();
    private final Map<String, OldCluster> retired = new LinkedHashMap<>();
    private final PriorityQueue<Edge> queue = new PriorityQueue<>();
    private final Set<String> queued = new HashSet<>();
    private final Set<String> removed = new HashSet<>();

    private IncrementalClustering(Neighbours store) {
        this.store = store;
    }

    /**
     * @param removed reports the change took away, as they were (a changed report is in both lists)
     * @param added   reports the change brought, as they are now
     */
    static Result run(Neighbours store, Collection<EventReport> removed, Collection<EventReport> added) {
        IncrementalClustering run = new IncrementalClustering(store);
        removed.forEach(r -> run.removed.add(r.iri()));
        for (EventReport r : removed) {
            run.makeExplicit(store.clusterOf(r.iri()), null);
        }
        for (EventReport r : added) {
            run.explicit.put(r.iri(), r);
            run.sets.add(r.iri(), r.article());
        }
        for (EventReport r : added) {
            run.enqueue(r, null);
        }
        run.drain();
        return run.result();
    }

    private void drain() {
        while (!queue.isEmpty()) {
            Edge e = queue.poll();
            boolean low = explicit.containsKey(e.low().iri());
            boolean high = explicit.containsKey(e.high().iri());
            if (low && high) {
                sets.merge(e.low().iri(), e.high().iri());
                continue;
            }
            EventReport ours = low ? e.low() : e.high();
            EventReport theirs = low ? e.high() : e.low();
            OldCluster old = store.clusterOf(theirs.iri());
            if (java.util.Collections.disjoint(sets.articles(ours.iri()), old.articlesBefore(theirs.iri(), e))) {
                makeExplicit(old, e);
                if (!sets.merge(ours.iri(), theirs.iri())) {
                    throw new IllegalStateException("the clusters of " + e.pair() + " should have joined");
                }
            }
        }
    }

    /**
     * From {@code from} on (null: from the start), the reports of {@code old} are followed
     * explicitly, each in the cluster it had at that point; removed ones are left out.
     */
    private void makeExplicit(OldCluster old, Edge from) {
        if (retired.putIfAbsent(old.node().getURI(), old) != null) {
            return;
        }
        List<EventReport> members = new ArrayList<>();
        for (EventReport m : old.members()) {
            if (!removed.contains(m.iri())) {
                if (explicit.containsKey(m.iri())) {
                    throw new IllegalStateException(m.iri() + " is explicit twice");
                }
                explicit.put(m.iri(), m);
                sets.add(m.iri(), m.article());
                members.add(m);
            }
        }
        if (from != null) {
            for (Edge e : old.merges()) {
                if (e.compareTo(from) >= 0) {
                    break;
                }
                sets.merge(e.low().iri(), e.high().iri());
            }
        }
        for (EventReport m : members) {
            enqueue(m, from);
        }
    }

    /** The edges of an explicit report after {@code from} (null: all). */
    private void enqueue(EventReport report, Edge from) {
        for (EventReport other : store.matches(report)) {
            Edge e = Edge.between(report, other);
            if ((from == null || e.compareTo(from) > 0) && queued.add(e.pair())) {
                queue.add(e);
            }
        }
    }

    private Result result() {
        List<List<EventReport>> clusters = new ArrayList<>();
        for (List<String> group : sets.groups()) {
            clusters.add(group.stream().map(explicit::get).toList());
        }
        return new Result(clusters, List.copyOf(retired.values()));
    }
}
