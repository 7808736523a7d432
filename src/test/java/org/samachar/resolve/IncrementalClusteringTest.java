package org.samachar.resolve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incremental clustering must give exactly the clusters of a full clustering of the reports after
 * the change. The reports here are dense on purpose — few actors, one or two types, several
 * reports of one type per article, dates a few weeks apart — so that most reports are connected
 * by matches and the rule "no article twice in a cluster" keeps blocking and unblocking joins:
 * the case where following only the changed reports' neighbours would go wrong.
 */
class IncrementalClusteringTest {

    private static final String ID = "https://w3id.org/samachar/id/";
    private static final EventMatch MATCH = new EventMatch(Map.of(ID + "city/paris", ID + "country/fr"));
    private final EventResolver resolver = new EventResolver(MATCH);

    @Test
    void theFullClusteringIsItsMatchingEdgesInEdgeOrder() {
        for (long seed = 1; seed <= 300; seed++) {
            List<EventReport> reports = world(new Random(seed), 25, 4);
            assertEquals(names(resolver.cluster(reports)), names(byEdges(reports)), "seed " + seed);
        }
    }

    @Test
    void addingRemovingAndChangingArticlesGivesTheFullClustering() {
        int changedClusters = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            int articles = 5 + random.nextInt(30);
            List<EventReport> before = world(random, articles, 1 + random.nextInt(5));
            List<EventReport> after = change(random, before, articles);
            List<List<String>> expected = names(resolver.cluster(after));
            List<List<String>> incremental = incremental(before, after);
            assertEquals(expected, incremental, "seed " + seed);
            if (!expected.equals(names(resolver.cluster(before)))) {
                changedClusters++;
            }
        }
        assertTrue(changedClusters > 1000, "the changes should change the clusters: " + changedClusters);
    }

    @Test
    void nothingChangedTouchesNothing() {
        List<EventReport> reports = world(new Random(3), 20, 3);
        IncrementalClustering.Result r = IncrementalClustering.run(neighbours(reports, reports), List.of(), List.of());
        assertTrue(r.clusters().isEmpty() && r.retired().isEmpty());
    }

    /** The clusters after the change as incremental clustering gives them: untouched old events plus the new clusters. */
    private List<List<String>> incremental(List<EventReport> before, List<EventReport> after) {
        Set<EventReport> old = new HashSet<>(before);
        Set<EventReport> now = new HashSet<>(after);
        List<EventReport> removed = before.stream().filter(r -> !now.contains(r)).toList();
        List<EventReport> added = after.stream().filter(r -> !old.contains(r)).toList();
        IncrementalClustering.Neighbours store = neighbours(before, after);
        IncrementalClustering.Result result = IncrementalClustering.run(store, removed, added);
        Set<String> retired = new HashSet<>();
        result.retired().forEach(c -> retired.add(c.node().getURI()));
        List<List<EventReport>> clusters = new ArrayList<>();
        for (IncrementalClustering.Cluster c : result.clusters()) {
            // The joins it reports are what the index keeps for the next change: those of the full clustering.
            assertEquals(pairs(joins(c.members())), pairs(c.joins()), "joins of " + c.members().get(0).iri());
            clusters.add(c.members());
        }
        for (List<EventReport> c : resolver.cluster(before)) {
            if (!retired.contains(EventResolver.iri(c).getURI())) {
                clusters.add(c);
            }
        }
        return names(clusters);
    }

    /** The store as incremental clustering sees it: old events from a full clustering of {@code before}, matches among {@code after}. */
    static IncrementalClustering.Neighbours neighbours(List<EventReport> before, List<EventReport> after) {
        EventResolver resolver = new EventResolver(MATCH);
        Map<String, List<EventReport>> oldCluster = new HashMap<>();
        for (List<EventReport> c : resolver.cluster(before)) {
            c.forEach(r -> oldCluster.put(r.iri(), c));
        }
        Map<String, OldCluster> made = new HashMap<>();
        return new IncrementalClustering.Neighbours() {
            @Override
            public List<EventReport> matches(EventReport report) {
                return after.stream().filter(o -> !o.iri().equals(report.iri()) && MATCH.same(report, o).isPresent()).toList();
            }

            @Override
            public OldCluster clusterOf(String iri) {
                List<EventReport> c = oldCluster.get(iri);
                return made.computeIfAbsent(EventResolver.iri(c).getURI(), k -> new OldCluster(EventResolver.iri(c), c, joins(c)));
            }
        };
    }

    /**
     * The joins the full clustering makes among the reports of one of its clusters: their matching
     * edges in order, each joining two clusters unless an article is in both (edges to reports
     * outside never joined, so the cluster's own edges replay it).
     */
    static List<Edge> joins(List<EventReport> cluster) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            for (int j = i + 1; j < cluster.size(); j++) {
                if (MATCH.same(cluster.get(i), cluster.get(j)).isPresent()) {
                    edges.add(Edge.between(cluster.get(i), cluster.get(j)));
                }
            }
        }
        edges.sort(null);
        ClusterSets sets = new ClusterSets();
        cluster.forEach(r -> sets.add(r.iri(), r.article()));
        return edges.stream().filter(e -> sets.merge(e.low().iri(), e.high().iri())).toList();
    }

    private static List<String> pairs(List<Edge> edges) {
        return edges.stream().map(Edge::pair).toList();
    }

    private static List<List<EventReport>> byEdges(List<EventReport> reports) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (MATCH.same(reports.get(i), reports.get(j)).isPresent()) {
                    edges.add(Edge.between(reports.get(i), reports.get(j)));
                }
            }
        }
        edges.sort(null);
        ClusterSets sets = new ClusterSets();
        Map<String, EventReport> byIri = new HashMap<>();
        reports.forEach(r -> {
            sets.add(r.iri(), r.article());
            byIri.put(r.iri(), r);
        });
        edges.forEach(e -> sets.merge(e.low().iri(), e.high().iri()));
        return sets.groups().stream().map(g -> g.stream().map(byIri::get).toList()).toList();
    }

    /** Reports of {@code articles} articles, several of one type per article, dense in actors and time. */
    static List<EventReport> world(Random random, int articles, int actors) {
        List<EventReport> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            out.addAll(article(random, a, 0, actors));
        }
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    private static List<EventReport> article(Random random, int a, int version, int actors) {
        String article = ID + "article/a" + a;
        LocalDate published = LocalDate.of(2023, 1, 20).plusDays(random.nextInt(50));
        List<EventReport> out = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(report(random, article, "#event-" + version + "-" + i, published, actors));
        }
        return out;
    }

    private static EventReport report(Random random, String article, String local, LocalDate published, int actors) {
        Map<String, Set<String>> roles = new TreeMap<>();
        int count = 1 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            String role = List.of("participant", "visitor", "host", "speaker").get(random.nextInt(random.nextInt(5) == 0 ? 4 : 1));
            roles.computeIfAbsent(role, x -> new TreeSet<>()).add(ID + "person/p" + random.nextInt(actors));
        }
        Optional<LocalDate> begin = random.nextInt(3) == 0 ? Optional.empty()
                : Optional.of(published.minusDays(random.nextInt(25)));
        Optional<LocalDate> end = begin.map(b -> b.plusDays(random.nextInt(4) == 0 ? 20 : 0));
        Optional<String> place = random.nextInt(3) > 0 ? Optional.empty()
                : Optional.of(ID + (random.nextBoolean() ? "city/paris" : "country/fr"));
        String type = random.nextInt(6) == 0 ? "Visit" : "Meeting";
        return new EventReport(article + local, article, type, roles, place, begin, end,
                random.nextInt(15) == 0 ? Optional.empty() : Optional.of(published), Set.of());
    }

    /** Some articles removed, some added, some with reports changed, dropped or added, some rewritten alike. */
    private static List<EventReport> change(Random random, List<EventReport> before, int articles) {
        Map<String, List<EventReport>> byArticle = new TreeMap<>();
        before.forEach(r -> byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r));
        int actors = 2 + random.nextInt(4);
        List<EventReport> out = new ArrayList<>();
        for (List<EventReport> reports : byArticle.values()) {
            int what = random.nextInt(10);
            if (what == 0) {
                continue; // removed
            }
            if (what == 1) { // one report changed in place (same IRI)
                int k = random.nextInt(reports.size());
                for (int i = 0; i < reports.size(); i++) {
                    EventReport r = reports.get(i);
                    out.add(i != k ? r : report(random, r.article(), r.iri().substring(r.article().length()),
                            r.published().orElse(LocalDate.of(2023, 2, 1)), actors));
                }
                continue;
            }
            if (what == 2 && reports.size() > 1) { // one report dropped
                out.addAll(reports.subList(1, reports.size()));
                continue;
            }
            if (what == 3) { // one report added
                EventReport r = reports.get(0);
                out.addAll(reports);
                out.add(report(random, r.article(), "#event-9-0", r.published().orElse(LocalDate.of(2023, 2, 1)), actors));
                continue;
            }
            out.addAll(reports);
        }
        int added = random.nextInt(4);
        for (int a = 0; a < added; a++) {
            out.addAll(article(random, articles + a, 1, actors));
        }
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    static List<List<String>> names(List<List<EventReport>> clusters) {
        List<List<String>> out = new ArrayList<>();
        clusters.forEach(c -> out.add(c.stream().map(EventReport::iri).sorted().toList()));
        out.sort(Comparator.comparing(c -> c.get(0)));
        return out;
    }
}
