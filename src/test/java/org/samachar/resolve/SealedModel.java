package org.samachar.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For tests of the store: what resolution with sealed events should give, computed the slow and
 * obvious way from the definition, to hold the incremental resolution to it. After a resolution
 * from scratch the events are its clusters, and those of more than {@code above} reports are
 * sealed. After a change: a sealed event keeps the reports it had that did not change; every other
 * report (the added ones included) is clustered from scratch on its own; then, taking the matches
 * of added reports with reports of sealed events in clustering order, an added report's cluster
 * joins the sealed event unless it joined one already or they share an article; the clusters
 * that joined none are events, sealed when they have more than {@code above} reports. Every
 * report of a sealed event counts as held (the tests that compare with this model hold them all).
 */
public final class SealedModel {

    private final EventResolver resolver;
    private final EventMatch match;
    private final int above;
    private List<Set<EventReport>> sealed = new ArrayList<>();
    private List<List<String>> partition = List.of();
    private Set<EventReport> reports = Set.of();
    private int joins;
    private int leaves;

    public SealedModel(EventMatch match, int above) {
        this.resolver = new EventResolver(match);
        this.match = match;
        this.above = above;
    }

    /** A resolution from scratch of these reports. */
    public void full(List<EventReport> all) {
        List<List<EventReport>> clusters = resolver.cluster(sortedByIri(all));
        sealed = new ArrayList<>();
        List<List<String>> events = new ArrayList<>();
        for (List<EventReport> c : clusters) {
            if (c.size() > above) {
                sealed.add(new LinkedHashSet<>(c));
            }
            events.add(iris(c));
        }
        partition = StoreCheck.sorted(events);
        reports = new HashSet<>(all);
    }

    /** The change to these reports (the reports after it). */
    public void change(List<EventReport> after) {
        Set<EventReport> now = new HashSet<>(after);
        List<EventReport> added = after.stream().filter(r -> !reports.contains(r)).toList();
        Set<String> addedIris = new HashSet<>();
        added.forEach(r -> addedIris.add(r.iri()));
        List<Set<EventReport>> cores = new ArrayList<>();
        Set<EventReport> inCores = new HashSet<>();
        for (Set<EventReport> s : sealed) {
            Set<EventReport> core = new LinkedHashSet<>(s);
            core.retainAll(now);
            if (core.size() < s.size()) {
                leaves++;
            }
            if (!core.isEmpty()) {
                cores.add(core);
                inCores.addAll(core);
            }
        }
        List<EventReport> open = after.stream().filter(r -> !inCores.contains(r)).toList();
        List<List<EventReport>> clusters = resolver.cluster(sortedByIri(open));
        record Candidate(Edge edge, int cluster, int core) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (EventReport r : clusters.get(i)) {
                if (!addedIris.contains(r.iri())) {
                    continue;
                }
                for (int j = 0; j < cores.size(); j++) {
                    for (EventReport m : cores.get(j)) {
                        if (match.same(r, m).isPresent()) {
                            candidates.add(new Candidate(Edge.between(r, m), i, j));
                        }
                    }
                }
            }
        }
        candidates.sort((a, b) -> a.edge().compareTo(b.edge()));
        int[] joined = new int[clusters.size()];
        java.util.Arrays.fill(joined, -1);
        List<Set<String>> articles = new ArrayList<>();
        cores.forEach(c -> articles.add(articles(c)));
        for (Candidate c : candidates) {
            Set<String> mine = articles(clusters.get(c.cluster()));
            if (joined[c.cluster()] < 0 && mine.stream().noneMatch(articles.get(c.core())::contains)) {
                joined[c.cluster()] = c.core();
                joins++;
                articles.get(c.core()).addAll(mine);
                cores.get(c.core()).addAll(clusters.get(c.cluster()));
            }
        }
        List<List<String>> events = new ArrayList<>();
        List<Set<EventReport>> nowSealed = new ArrayList<>(cores);
        cores.forEach(c -> events.add(iris(c)));
        for (int i = 0; i < clusters.size(); i++) {
            if (joined[i] < 0) {
                events.add(iris(clusters.get(i)));
                if (clusters.get(i).size() > above) {
                    nowSealed.add(new LinkedHashSet<>(clusters.get(i)));
                }
            }
        }
        sealed = nowSealed;
        partition = StoreCheck.sorted(events);
        reports = now;
    }

    /** The events, each as its reports' IRIs, sorted. */
    public List<List<String>> partition() {
        return partition;
    }

    /** How many sealed events there are. */
    public int sealedEvents() {
        return sealed.size();
    }

    /** How many clusters joined sealed events, and how many times reports left one, in all the changes so far. */
    public int[] joinsAndLeaves() {
        return new int[]{joins, leaves};
    }

    private static List<EventReport> sortedByIri(List<EventReport> reports) {
        return reports.stream().sorted(java.util.Comparator.comparing(EventReport::iri)).toList();
    }

    private static List<String> iris(java.util.Collection<EventReport> c) {
        return c.stream().map(EventReport::iri).toList();
    }

    private static Set<String> articles(java.util.Collection<EventReport> c) {
        Set<String> out = new HashSet<>();
        c.forEach(r -> out.add(r.article()));
        return out;
    }

    /** The reports of a store's article graphs; call inside a transaction. */
    public static List<EventReport> reports(org.apache.jena.sparql.core.DatasetGraph store) {
        List<EventReport> out = new ArrayList<>();
        ReportReader.all(store, out::add);
        return out;
    }

    /** The match rule of a store built with {@code countries}. */
    public static EventMatch match(Map<String, String> countries) {
        return new EventMatch(countries);
    }
}
