package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * For tests of the store: whether its events graph and index are what its events' reports make of
 * them, whichever way they were written (appended to, rewritten, loaded), so that a sealed event
 * appended to is held to the quads it would have if it were written whole.
 */
public final class StoreCheck {

    private StoreCheck() {
    }

    /**
     * What is wrong, if anything: every report of the article graphs is in exactly one event; each
     * event's quads are {@link EventQuads#of} its reports under its IRI; the index has each event's
     * reports; an event still clustered has valid joins and its reports filed under every key; a
     * sealed event has its time's report, none of its reports filed as clustered, and at most
     * {@code heldPerKey} held under a key.
     */
    public static List<String> problems(DatasetGraph store, int heldPerKey) {
        return Txn.calculateRead(store, () -> check(store, heldPerKey));
    }

    /** The events of the store, each as its reports' IRIs, sorted. */
    public static List<List<String>> partition(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Map<Node, List<String>> events = new TreeMap<>(Comparator.comparing(Node::getURI));
            store.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), Node.ANY)
                    .forEachRemaining(q -> events.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject().getURI()));
            return sorted(events.values());
        });
    }

    /** How many events of the store are told by several articles. */
    public static long toldByMany(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            long[] n = {0};
            store.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.sourceCount.asNode(), Node.ANY).forEachRemaining(q -> {
                if (Integer.parseInt(q.getObject().getLiteralLexicalForm()) > 1) {
                    n[0]++;
                }
            });
            return n[0];
        });
    }

    static List<List<String>> sorted(java.util.Collection<List<String>> events) {
        List<List<String>> out = new ArrayList<>();
        events.forEach(e -> out.add(e.stream().sorted().toList()));
        out.sort(Comparator.comparing(e -> e.get(0)));
        return out;
    }

    private static List<String> check(DatasetGraph store, int heldPerKey) {
        List<String> problems = new ArrayList<>();
        Map<String, EventReport> reports = new HashMap<>();
        ReportReader.all(store, r -> reports.put(r.iri(), r));
        Map<Node, List<EventReport>> events = new HashMap<>();
        Map<String, Node> eventOf = new HashMap<>();
        store.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), Node.ANY).forEachRemaining(q -> {
            EventReport r = reports.get(q.getObject().getURI());
            if (r == null) {
                problems.add(q.getSubject() + " has a report no article has: " + q.getObject());
                return;
            }
            if (eventOf.put(r.iri(), q.getSubject()) != null) {
                problems.add(r.iri() + " is in two events");
            }
            events.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(r);
        });
        reports.keySet().stream().filter(iri -> !eventOf.containsKey(iri)).forEach(iri -> problems.add(iri + " is in no event"));
        EventQuads.Links links = new EventQuads.Links() {
            @Override
            public Optional<Node> eventOf(String iri) {
                return Optional.ofNullable(eventOf.get(iri));
            }

            @Override
            public List<String> deniersOf(String iri) {
                return IncrementalResolution.deniers(store, iri);
            }
        };
        Set<Quad> expected = new HashSet<>();
        EventIndex index = new EventIndex(store);
        Map<Node, Map<Node, Integer>> heldUnder = new HashMap<>();
        Set<String> sealedReports = new HashSet<>();
        events.forEach((node, members) -> {
            members.sort(Comparator.comparing(EventReport::iri));
            expected.addAll(EventQuads.of(node, members, links));
            List<String> told = IndexedEvent.members(store, node, index::decode).stream().map(EventReport::iri).toList();
            if (!told.equals(members.stream().map(EventReport::iri).toList())) {
                problems.add("the index's reports of " + node + " are " + told + ", not its own");
            }
            Optional<String> time = IndexedEvent.sealed(store, node);
            if (time.isPresent()) {
                members.forEach(m -> sealedReports.add(m.iri()));
                String own = EventQuads.time(members).map(EventReport::iri).orElse("");
                if (!time.get().equals(own)) {
                    problems.add("the sealed event " + node + " says its time is " + time.get() + ", not " + own);
                }
                members.forEach(m -> EventIndex.filedUnder(m).forEach(key -> {
                    if (store.contains(EventIndex.held(key, m))) {
                        heldUnder.computeIfAbsent(node, k -> new HashMap<>()).merge(key, 1, Integer::sum);
                    }
                }));
            } else {
                try {
                    IndexedEvent.read(store, node, index::decode);
                } catch (IllegalStateException e) {
                    problems.add(e.getMessage());
                }
                members.forEach(m -> EventIndex.quads(m, q -> {
                    if (!store.contains(q)) {
                        problems.add(m.iri() + " is not filed under " + q.getSubject());
                    }
                }));
            }
        });
        heldUnder.forEach((node, keys) -> keys.forEach((key, n) -> {
            if (n > heldPerKey) {
                problems.add(node + " holds " + n + " reports under " + key);
            }
        }));
        store.find(IndexGraph.GRAPH, Node.ANY, EventIndex.MEMBER, Node.ANY).forEachRemaining(q -> {
            EventReport r = index.decode(q.getObject().getLiteralLexicalForm());
            if (sealedReports.contains(r.iri()) || !r.equals(reports.get(r.iri()))) {
                problems.add(r.iri() + " is filed as clustered under " + q.getSubject() + ", and it is not a report of a clustered event");
            }
        });
        store.find(IndexGraph.GRAPH, Node.ANY, EventIndex.HELD, Node.ANY).forEachRemaining(q -> {
            EventReport r = index.decode(q.getObject().getLiteralLexicalForm());
            if (!sealedReports.contains(r.iri()) || !r.equals(reports.get(r.iri()))) {
                problems.add(r.iri() + " is held under " + q.getSubject() + ", and it is not a report of a sealed event");
            }
        });
        Set<Quad> stored = new HashSet<>();
        store.find(Iris.EVENTS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stored::add);
        for (Quad q : expected) {
            if (!stored.contains(q)) {
                problems.add("missing from the events graph: " + q);
            }
        }
        for (Quad q : stored) {
            if (!expected.contains(q)) {
                problems.add("in the events graph and not of its events: " + q);
            }
        }
        return problems;
    }
}
