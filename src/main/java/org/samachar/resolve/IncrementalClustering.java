package org.samachar.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * clustering; every other report is, at each point, in the cluster it had then, which its old
 * event tells by replaying the joins among its own reports ({@link OldCluster}: no edge to a report
 * outside ever joined). Two kinds of edges are taken, in order:
 * <ul>
 *   <li>the joins of the old events that hold an explicit or removed report (the old clustering's
 *       side), and</li>
 *   <li>the matches of the reports whose new cluster may join clusters the old one did not: the
 *       added reports, and the explicit reports that are not <em>covered</em>, whose new cluster
 *       lacks an article of their old cluster at that point. A covered report cannot join a
 *       cluster the old clustering kept apart from its own, because the article that kept them
 *       apart is still in both (or the two were one cluster, whose articles its new cluster has),
 *       so its other edges need not be looked up: a report added to a big event costs the replay
 *       of that event, not a look-up of every report in it. A report can only lose its cover when
 *       its old cluster grows, at a join of the replay, where it is checked.</li>
 * </ul>
 * At each edge the new clustering's join is decided as the full clustering would decide it, the
 * old one's is read from the replay, and where either changes a cluster that was not explicit,
 * that cluster (as it was at that point) becomes explicit. An edge between two reports that are
 * not explicit is decided as before, so it is never looked at. When no edge is left, the explicit
 * reports hold the new clusters, every old event with an explicit or removed report is replaced,
 * and every other stands. This equals a full clustering of the new reports (the tests check it on
 * random reports) and costs what the change touches.
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
     * A new cluster.
     *
     * @param members its reports, sorted by IRI
     * @param joins   the joins of the full clustering that made it, in order (the index keeps them)
     */
    record Cluster(List<EventReport> members, List<Edge> joins) {
    }

    /**
     * @param clusters the new clusters of the explicit reports
     * @param retired  the old events they replace (an unchanged one may be among both)
     */
    record Result(List<Cluster> clusters, List<OldCluster> retired) {
    }

    private final Neighbours store;
    private final Map<String, EventReport> added = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, EventReport> explicit = new HashMap<>();
    private final ClusterSets sets = new ClusterSets();
    private final Set<String> lookedUp = new HashSet<>();
    private final Map<String, OldCluster> touched = new LinkedHashMap<>();
    private final PriorityQueue<Edge> queue = new PriorityQueue<>();
    private final Set<String> queued = new HashSet<>();
    /** The joins that made the explicit clusters: the old ones up to where a cluster became explicit, the new ones after. */
    private final List<Edge> joins = new ArrayList<>();

    private IncrementalClustering(Neighbours store) {
        this.store = store;
    }

    /**
     * @param removed reports the change took away, as they were (a changed report is in both lists)
     * @param added   reports the change brought, as they are now
     */
    static Result run(Neighbours store, Collection<EventReport> removed, Collection<EventReport> added) {
        IncrementalClustering run = new IncrementalClustering(store);
        added.forEach(r -> run.added.put(r.iri(), r));
        removed.forEach(r -> run.removed.add(r.iri()));
        for (EventReport r : removed) {
            run.touch(store.clusterOf(r.iri()), null);
        }
        for (EventReport r : added) {
            run.explicit.put(r.iri(), r);
            run.sets.add(r.iri(), r.article());
        }
        for (EventReport r : added) {
            run.lookUp(r, null);
        }
        run.drain();
        return run.result();
    }

    /** The report as it was, when it is gone now (removed, or the old version of a changed one). */
    private boolean oldOnly(EventReport r) {
        return removed.contains(r.iri()) && !r.equals(added.get(r.iri()));
    }

    /** Whether the report was there before: an unchanged one, or one gone now. */
    private boolean hadBefore(EventReport r) {
        return !added.containsKey(r.iri()) || oldOnly(r);
    }

    /** An unchanged report whose cluster is, so far, the one it had in the old clustering. */
    private boolean clean(EventReport r) {
        return !oldOnly(r) && !added.containsKey(r.iri()) && !explicit.containsKey(r.iri());
    }

    private String key(EventReport r) {
        return oldOnly(r) ? r.iri() + "\u0000old" : r.iri();
    }

    private void enqueue(Edge e) {
        if (queued.add(key(e.low()) + "\n" + key(e.high()))) {
            queue.add(e);
        }
    }

    private void drain() {
        while (!queue.isEmpty()) {
            Edge e = queue.poll();
            EventReport a = e.low();
            EventReport b = e.high();
            // The old clustering's side: both were there, in one old event that joined at this edge.
            OldCluster old = hadBefore(a) && hadBefore(b) ? touched.get(store.clusterOf(a.iri()).node().getURI()) : null;
            boolean oldJoined = old != null && old.joined(e);
            if (clean(a) && clean(b)) {
                continue; // both clusters as they were: decided as before
            }
            // The new clustering's side, with a report that is not explicit in its old cluster at this point.
            boolean newEdge = !oldOnly(a) && !oldOnly(b);
            boolean newJoins = newEdge && !newRoot(a, e).equals(newRoot(b, e))
                    && Collections.disjoint(newArticles(a, e), newArticles(b, e));
            if (!newJoins && !oldJoined) {
                continue;
            }
            Set<String> oldPart = oldJoined ? new HashSet<>(old.membersBefore(a.iri(), e)) : Set.of();
            if (oldJoined) {
                oldPart = new HashSet<>(oldPart);
                oldPart.addAll(old.membersBefore(b.iri(), e));
            }
            for (EventReport p : List.of(a, b)) {
                if (clean(p)) {
                    OldCluster of = store.clusterOf(p.iri());
                    touch(of, e);
                    makeExplicit(of, of.membersBefore(p.iri(), e), e);
                }
            }
            // A join only adds articles to a new cluster: a covered report stays covered.
            if (newJoins) {
                if (!sets.merge(a.iri(), b.iri())) {
                    throw new IllegalStateException("the clusters of " + e.pair() + " should have joined");
                }
                joins.add(e);
            }
            if (oldJoined) {
                // The old cluster grew: its reports whose new cluster lacks one of its articles are
                // no longer covered, and their matches are looked up from here on.
                // The reports of one new cluster share its articles, so each cluster is checked once:
                // checked report by report, a big event cost the square of its size here.
                Set<String> articles = old.articlesAfter(a.iri(), e);
                Map<String, Boolean> covered = new HashMap<>();
                for (String m : oldPart) {
                    if (explicit.containsKey(m) && !lookedUp.contains(m)
                            && !covered.computeIfAbsent(sets.find(m), root -> sets.articles(root).containsAll(articles))) {
                        lookUp(explicit.get(m), e);
                    }
                }
            }
        }
    }

    /** The root of a report's new cluster at edge {@code e} (for one not explicit, its old cluster then). */
    private String newRoot(EventReport r, Edge e) {
        if (explicit.containsKey(r.iri())) {
            return sets.find(r.iri());
        }
        return "old " + store.clusterOf(r.iri()).membersBefore(r.iri(), e).get(0);
    }

    private Set<String> newArticles(EventReport r, Edge e) {
        if (explicit.containsKey(r.iri())) {
            return sets.articles(r.iri());
        }
        return store.clusterOf(r.iri()).articlesBefore(r.iri(), e);
    }

    /** From edge {@code from} on (null: from the start), the joins of an old event are followed. */
    private void touch(OldCluster old, Edge from) {
        if (touched.putIfAbsent(old.node().getURI(), old) != null) {
            return;
        }
        for (Edge e : old.merges()) {
            if (from == null || e.compareTo(from) > 0) {
                enqueue(e);
            }
        }
    }

    /**
     * One cluster of an old event, as it was just before edge {@code at}, becomes explicit, and
     * covered. Its reports were clean until then, so the joins that made it are the old event's.
     */
    private void makeExplicit(OldCluster old, List<String> part, Edge at) {
        Map<String, EventReport> byIri = new HashMap<>();
        old.members().forEach(m -> byIri.put(m.iri(), m));
        String first = null;
        for (String iri : part) {
            EventReport m = byIri.get(iri);
            if (oldOnly(m) || explicit.containsKey(iri)) {
                throw new IllegalStateException(iri + " cannot become explicit here");
            }
            explicit.put(iri, m);
            sets.add(iri, m.article());
            if (first != null) {
                sets.merge(first, iri);
            }
            first = iri;
        }
        Set<String> members = new HashSet<>(part);
        for (Edge e : old.merges()) {
            if (e.compareTo(at) >= 0) {
                break;
            }
            if (members.contains(e.low().iri())) {
                joins.add(e);
            }
        }
    }

    /** The edges of a report after {@code from} (null: all). */
    private void lookUp(EventReport report, Edge from) {
        lookedUp.add(report.iri());
        for (EventReport other : store.matches(report)) {
            Edge e = Edge.between(report, other);
            if (from == null || e.compareTo(from) > 0) {
                enqueue(e);
            }
        }
    }

    private Result result() {
        Map<String, List<Edge>> joinsOf = new HashMap<>();
        joins.sort(null);
        joins.forEach(e -> joinsOf.computeIfAbsent(sets.find(e.low().iri()), k -> new ArrayList<>()).add(e));
        List<Cluster> clusters = new ArrayList<>();
        for (List<String> group : sets.groups()) {
            clusters.add(new Cluster(group.stream().map(explicit::get).toList(),
                    joinsOf.getOrDefault(sets.find(group.get(0)), List.of())));
        }
        for (OldCluster old : touched.values()) {
            for (EventReport m : old.members()) {
                if (!oldOnly(m) && !explicit.containsKey(m.iri())) {
                    throw new IllegalStateException(m.iri() + " of a replaced event was left out");
                }
            }
        }
        return new Result(clusters, List.copyOf(touched.values()));
    }
}
