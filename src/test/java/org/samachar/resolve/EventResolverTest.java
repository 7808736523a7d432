package org.samachar.resolve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Clustering compares only reports that share an actor, each pair once, to keep resolution from
 * growing with the square of a month's reports; these tests hold it to the plain rule: every pair
 * of a block, in order, each pair in the first block it shares.
 */
class EventResolverTest {

    private static final String ID = "https://w3id.org/samachar/id/";
    private static final List<String> TYPES = List.of("Meeting", "Visit", "Statement");
    private static final List<String> ROLES = List.of("visitor", "host", "speaker", "participant");

    private final EventResolver resolver = new EventResolver(new EventMatch(Map.of(ID + "city/paris", ID + "country/fr")));

    @Test
    void sameClustersAsComparingEveryPairOfABlock() {
        for (long seed = 1; seed <= 40; seed++) {
            List<EventReport> reports = randomReports(new Random(seed), 150);
            assertEquals(names(everyPair(reports)), names(resolver.cluster(reports)), "seed " + seed);
        }
    }

    @Test
    void theCompactTableClustersAsTheReportsDo() {
        for (long seed = 1; seed <= 40; seed++) {
            List<EventReport> reports = randomReports(new Random(seed), 150);
            assertEquals(names(resolver.cluster(reports)), names(tableClusters(reports)), "seed " + seed);
        }
        for (long seed = 1; seed <= 200; seed++) {
            List<EventReport> dense = IncrementalClusteringTest.world(new Random(seed), 30, 3);
            assertEquals(names(resolver.cluster(dense)), names(tableClusters(dense)), "dense, seed " + seed);
        }
    }

    @Test
    void theTableClusteringRecordsTheJoinsOfEachClusterInOrder() {
        int joined = 0;
        for (long seed = 1; seed <= 100; seed++) {
            List<EventReport> dense = IncrementalClusteringTest.world(new Random(seed), 30, 3);
            ReportTable table = new ReportTable();
            dense.forEach(table::add);
            TableClustering.Clustering c = TableClustering.run(table, new EventMatch(Map.of(ID + "city/paris", ID + "country/fr")));
            Map<Integer, List<String>> recorded = new HashMap<>();
            for (long join : c.joins()) {
                EventReport low = table.get((int) (join >>> 32));
                EventReport high = table.get((int) join);
                assertTrue(low.iri().compareTo(high.iri()) < 0, "low first: " + low.iri() + ", " + high.iri());
                recorded.computeIfAbsent(c.roots()[(int) (join >>> 32)], k -> new ArrayList<>()).add(low.iri() + "\n" + high.iri());
            }
            for (int[] rows : TableClustering.groups(c.roots())) {
                List<EventReport> cluster = new ArrayList<>();
                for (int r : rows) {
                    cluster.add(table.get(r));
                }
                cluster.sort(Comparator.comparing(EventReport::iri));
                List<String> expected = IncrementalClusteringTest.joins(cluster).stream().map(Edge::pair).toList();
                assertEquals(expected, recorded.getOrDefault(c.roots()[rows[0]], List.of()), "seed " + seed);
                joined += expected.size();
            }
        }
        assertTrue(joined > 1000, "the worlds should join: " + joined);
    }

    @Test
    void theTableGivesBackTheReports() {
        List<EventReport> reports = new ArrayList<>();
        for (EventReport r : randomReports(new Random(5), 200)) {
            int k = reports.size();
            // with the fields the random reports lack: denials, no date, an IRI not under its article
            reports.add(new EventReport(k % 11 == 0 ? ID + "elsewhere/" + k : r.iri(), r.article(), r.type(), r.roles(),
                    r.place(), r.begin(), r.end(), k % 7 == 0 ? Optional.empty() : r.published(),
                    k % 5 == 0 ? Set.of(r.article() + "#event-1", ID + "article/x#event-2") : Set.of()));
        }
        ReportTable table = new ReportTable();
        reports.forEach(table::add);
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(reports.get(i), table.get(i));
            assertEquals(reports.get(i), ReportCodec.decode(ReportCodec.encode(reports.get(i))));
        }
    }

    private List<List<EventReport>> tableClusters(List<EventReport> reports) {
        ReportTable table = new ReportTable();
        // in another order than the IRIs', which the table must restore
        List<EventReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(reports.size()));
        shuffled.forEach(table::add);
        List<List<EventReport>> out = new ArrayList<>();
        for (int[] rows : TableClustering.groups(TableClustering.run(table, new EventMatch(Map.of(ID + "city/paris", ID + "country/fr"))).roots())) {
            List<EventReport> c = new ArrayList<>();
            for (int r : rows) {
                c.add(table.get(r));
            }
            out.add(c);
        }
        return out;
    }

    @Test
    void randomReportsDoMerge() {
        List<List<EventReport>> clusters = resolver.cluster(randomReports(new Random(7), 300));
        assertTrue(clusters.stream().anyMatch(c -> c.size() > 1), "the test data should have events told twice");
    }

    private static List<EventReport> randomReports(Random random, int n) {
        List<EventReport> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Set<String>> roles = new TreeMap<>();
            int actors = 1 + random.nextInt(2);
            for (int a = 0; a < actors; a++) {
                roles.computeIfAbsent(ROLES.get(random.nextInt(ROLES.size())), k -> new TreeSet<>())
                        .add(ID + "person/p" + random.nextInt(6));
            }
            LocalDate published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(120));
            Optional<LocalDate> begin = random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(published.minusDays(random.nextInt(40)));
            Optional<LocalDate> end = begin.map(b -> b.plusDays(random.nextInt(3) == 0 ? 30 : 0));
            Optional<String> place = random.nextBoolean() ? Optional.empty()
                    : Optional.of(ID + (random.nextBoolean() ? "city/paris" : "country/fr"));
            String article = ID + "article/a" + random.nextInt(40);
            out.add(new EventReport(article + "#event-" + i, article, TYPES.get(random.nextInt(TYPES.size())), roles,
                    place, begin, end, Optional.of(published), Set.of()));
        }
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    private static List<List<String>> names(List<List<EventReport>> clusters) {
        List<List<String>> out = new ArrayList<>();
        clusters.forEach(c -> out.add(c.stream().map(EventReport::iri).sorted().toList()));
        out.sort(Comparator.comparing(c -> c.get(0)));
        return out;
    }

    /** The rule as it was first written: every pair of each block, a set of pairs already compared. */
    private List<List<EventReport>> everyPair(List<EventReport> reports) {
        EventMatch match = new EventMatch(Map.of(ID + "city/paris", ID + "country/fr"));
        int[] parent = new int[reports.size()];
        Map<Integer, Set<String>> articlesOf = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articlesOf.put(i, new HashSet<>(Set.of(reports.get(i).article())));
        }
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int block : Blocks.of(reports.get(i))) {
                blocks.computeIfAbsent(reports.get(i).type() + String.format(" %010d", block), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> same : blocks.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int a = same.get(x);
                    int b = same.get(y);
                    if (!compared.add((long) a * reports.size() + b)) {
                        continue;
                    }
                    int ri = find(parent, a);
                    int rj = find(parent, b);
                    if (ri != rj && Collections.disjoint(articlesOf.get(ri), articlesOf.get(rj))
                            && match.same(reports.get(a), reports.get(b)).isPresent()) {
                        parent[ri] = rj;
                        articlesOf.get(rj).addAll(articlesOf.remove(ri));
                    }
                }
            }
        }
        Map<Integer, List<EventReport>> groups = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
