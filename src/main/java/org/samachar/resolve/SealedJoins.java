package org.samachar.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which new clusters join which sealed events ({@link Sealing}): the second step of incremental
 * resolution, after {@link IncrementalClustering} has clustered the reports of the events that are
 * not sealed exactly as a resolution from scratch would cluster them on their own (sealed events'
 * reports hidden: a resolution from scratch forms each event from its own reports' matches, so
 * leaving whole events out changes none of the others).
 *
 * <p>The rule: take the matches between an added report and a report a sealed event holds in the
 * index, in clustering order ({@link Edge}); at each, the added report's new cluster joins that
 * sealed event unless it joined one already or the two share an article (as the sealed event is
 * after this change: less the reports that left it, with the clusters that joined it before). So:
 * <ul>
 *   <li>a sealed event grows, and never splits: a resolution from scratch could split it where
 *       an added article has two reports matching it at points its joins had not yet connected;
 *       here the second report stays out;</li>
 *   <li>two sealed events never join through a report that matches both (the first in clustering
 *       order takes it), and a cluster joins only through its added reports' own matches: one that
 *       a sealed event kept apart by an article stays apart after that article leaves it;</li>
 *   <li>a report matches a sealed event only through the reports it holds under the report's keys
 *       ({@link HeldFilings}), not through every report it has.</li>
 * </ul>
 * When none of these arises — each added report matches at most one sealed event, through a report
 * held there, and no other report of its article matches that event — the change does to the
 * events what it would do to them in a resolution from scratch (SealedAfterLoadTest holds the
 * whole rule to a model computed from scratch, store/JoinCostTest its cost).
 */
final class SealedJoins {

    /** A sealed event as the rule needs it. */
    interface Target {
        /** Whether it has a report of the article, after the change took its leaving reports out. */
        boolean hasArticle(String article);
    }

    private SealedJoins() {
    }

    /**
     * @param clusters   the new clusters of {@link IncrementalClustering}
     * @param added      the IRIs of the added reports
     * @param heldMatches the reports held by sealed events that an added report matches
     * @param sealedOf   the sealed event holding a held report
     * @return the sealed event each cluster joins, by the cluster's position, null for none
     */
    static <T extends Target> List<T> decide(List<List<EventReport>> clusters, Set<String> added,
                                             Function<String, List<EventReport>> heldMatches, Function<String, T> sealedOf) {
        record Candidate<T>(Edge edge, int cluster, T event) {
        }
        List<Candidate<T>> candidates = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (EventReport r : clusters.get(i)) {
                if (added.contains(r.iri())) {
                    for (EventReport held : heldMatches.apply(r.iri())) {
                        candidates.add(new Candidate<>(Edge.between(r, held), i, sealedOf.apply(held.iri())));
                    }
                }
            }
        }
        candidates.sort((a, b) -> a.edge().compareTo(b.edge()));
        List<T> joined = new ArrayList<>();
        clusters.forEach(c -> joined.add(null));
        Map<T, Set<String>> joinedArticles = new IdentityHashMap<>();
        for (Candidate<T> c : candidates) {
            if (joined.get(c.cluster()) != null) {
                continue;
            }
            Set<String> already = joinedArticles.computeIfAbsent(c.event(), k -> new HashSet<>());
            List<String> articles = articles(clusters.get(c.cluster()));
            if (articles.stream().noneMatch(a -> already.contains(a) || c.event().hasArticle(a))) {
                joined.set(c.cluster(), c.event());
                already.addAll(articles);
            }
        }
        return joined;
    }

    /** The clusters that joined each sealed event, in the order of the clusters. */
    static <T> Map<T, List<List<EventReport>>> byEvent(List<List<EventReport>> clusters, List<T> joined) {
        Map<T, List<List<EventReport>>> out = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (joined.get(i) != null) {
                out.computeIfAbsent(joined.get(i), k -> new ArrayList<>()).add(clusters.get(i));
            }
        }
        return out;
    }

    private static List<String> articles(Collection<EventReport> cluster) {
        return cluster.stream().map(EventReport::article).distinct().toList();
    }
}
