package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events graph in memory, in the few fields the pictures count by: each event's type, first
 * day, modality, number of sources, actors with their roles, and places; for each actor its
 * events; for each place its country code, time zone and country. Grouping 250,000 events by
 * month, country or pair of actors in SPARQL takes seconds; over these arrays it takes
 * milliseconds. Built by one pass over the events graph and one over the reports' modality
 * ({@link EventIndexes} rebuilds it when the store has been written to).
 */
public final class EventIndex {

    /** One event: ids are positions in {@link #nodes}. */
    record Event(int node, int type, String date, String modality, int sources, int[] actors, int[] roleActors, int[] roles,
                 int[] places) {
    }

    /** Where a place is: an ISO code (a country), a time zone (a city) and the country it is in. */
    record Place(String iso, String zone, int country, boolean city) {
    }

    private static final Node SEM_ACTOR = Sam.semHasActor.asNode();
    private static final Node SEM_PLACE = Sam.semHasPlace.asNode();
    private static final Node SEM_BEGIN = Sam.semHasBeginTimeStamp.asNode();
    private static final Node SOURCES = Sam.sourceCount.asNode();
    private static final Node DENIED = Sam.deniedBy.asNode();
    private static final Node REPORT = Sam.report.asNode();
    private static final Node MODALITY = Sam.modality.asNode();
    private static final Node TYPE = RDF.type.asNode();

    final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> ids = new HashMap<>();
    /** Dated events by day, then undated ones. */
    final List<Event> events = new ArrayList<>();
    final Map<Integer, int[]> eventsOfActor = new HashMap<>();
    final Map<Integer, String> kindOf = new HashMap<>();
    final Map<Integer, Place> places = new HashMap<>();
    final Map<Integer, Integer> eventOfNode = new HashMap<>();
    private long reports;
    private long entities;
    /** Labels by language: they change only with the store, as the index does. */
    private final Map<String, Map<Node, String>> labels = new ConcurrentHashMap<>();
    /** Answers by view and period: the index never changes, so neither do they. */
    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    private EventIndex() {
    }

    int id(Node n) {
        return ids.computeIfAbsent(n, x -> {
            nodes.add(x);
            return nodes.size() - 1;
        });
    }

    Integer known(Node n) {
        return ids.get(n);
    }

    /** Events in the events graph. */
    public int eventCount() {
        return events.size();
    }

    /** Reports (one per article telling an event) the events gather. */
    public long reportCount() {
        return reports;
    }

    /** Distinct entities the articles mention. */
    public long entityCount() {
        return entities;
    }

    /** An event and its first day ("" when undated). */
    public record Dated(Node event, String date) {
    }

    /**
     * The events {@code actor} takes part in, in {@code range}, shared with {@code with} if it is
     * not null: dated ones by day, then (for an open range) the undated.
     */
    public List<Dated> eventsOf(Node actor, DateRange range, Node with) {
        Integer a = ids.get(actor);
        Integer w = with == null ? null : ids.get(with);
        List<Dated> out = new ArrayList<>();
        if (a == null || (with != null && w == null)) {
            return out;
        }
        for (int i : eventsOfActor.getOrDefault(a, new int[0])) {
            Event e = events.get(i);
            if (range.contains(e.date()) && (w == null || Arrays.stream(e.actors()).anyMatch(x -> x == w))) {
                out.add(new Dated(nodes.get(e.node()), e.date()));
            }
        }
        return out;
    }

    /** The {@code n} latest dated events, latest first. */
    public List<Node> latest(int n) {
        List<Node> out = new ArrayList<>();
        int dated = events.size();
        while (dated > 0 && events.get(dated - 1).date().isEmpty()) {
            dated--;
        }
        for (int i = dated - 1; i >= 0 && out.size() < n; i--) {
            out.add(nodes.get(events.get(i).node()));
        }
        return out;
    }

    String label(String lang, Node n, ApiContext.Labels rule) {
        return labels.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).computeIfAbsent(n, rule::of);
    }

    @SuppressWarnings("unchecked")
    <T> T answer(String key, java.util.function.Supplier<T> compute) {
        Object known = answers.get(key);
        if (known == null) {
            known = compute.get();
            if (answers.size() < 256) {
                answers.put(key, known);
            }
        }
        return (T) known;
    }

    /** Reads the index from {@code dataset}, inside the caller's read transaction. */
    static EventIndex read(DatasetGraph dataset) {
        EventIndex x = new EventIndex();
        Set<Node> roleProperties = new HashSet<>();
        dataset.getUnionGraph().find(Node.ANY, RDFS.subPropertyOf.asNode(), SEM_ACTOR)
                .forEachRemaining(t -> roleProperties.add(t.getSubject()));
        Map<Node, Set<String>> modalityOfReport = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, MODALITY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                modalityOfReport.computeIfAbsent(q.getSubject(), r -> new HashSet<>()).add(q.getObject().getURI());
            }
        });
        Builder current = null;
        Iterator<Quad> quads = dataset.find(Iris.EVENTS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (current == null || !current.node.equals(q.getSubject())) {
                if (current != null) {
                    current.finish(x, modalityOfReport);
                }
                current = new Builder(q.getSubject());
            }
            current.add(q.getPredicate(), q.getObject(), roleProperties);
        }
        if (current != null) {
            current.finish(x, modalityOfReport);
        }
        x.events.sort(Comparator.comparing((Event e) -> e.date.isEmpty()).thenComparing(Event::date));
        Map<Integer, List<Integer>> byActor = new HashMap<>();
        for (int i = 0; i < x.events.size(); i++) {
            Event e = x.events.get(i);
            x.eventOfNode.put(e.node, i);
            for (int a : Arrays.stream(e.actors).distinct().toArray()) {
                byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            }
        }
        byActor.forEach((a, list) -> x.eventsOfActor.put(a, list.stream().mapToInt(Integer::intValue).toArray()));
        x.describe(dataset);
        Set<Node> mentioned = new HashSet<>();
        dataset.find(Node.ANY, Node.ANY, SchemaDO.mentions.asNode(), Node.ANY).forEachRemaining(q -> mentioned.add(q.getObject()));
        x.entities = mentioned.size();
        return x;
    }

    /** The kind of every actor and where every place is, read from the union graph. */
    private void describe(DatasetGraph dataset) {
        var union = dataset.getUnionGraph();
        Set<Integer> actors = new HashSet<>(eventsOfActor.keySet());
        Set<Integer> placeIds = new HashSet<>();
        for (Event e : events) {
            for (int p : e.places) {
                placeIds.add(p);
            }
        }
        for (int a : actors) {
            kindOf.put(a, kind(union, nodes.get(a)));
        }
        Set<Integer> all = new HashSet<>(placeIds);
        all.addAll(actors);
        for (int p : all) {
            Node n = nodes.get(p);
            String iso = literal(union, n, Sam.isoCode.asNode());
            String zone = literal(union, n, Sam.timeZone.asNode());
            boolean city = union.contains(n, TYPE, SchemaDO.City.asNode());
            int country = -1;
            if (city) {
                var in = union.find(n, SchemaDO.containedInPlace.asNode(), Node.ANY);
                if (in.hasNext()) {
                    country = id(in.next().getObject());
                }
                in.close();
            }
            if (!iso.isEmpty() || city) {
                places.put(p, new Place(iso, zone, country, city));
            }
        }
        // Countries reached only through a city need their codes too.
        for (Place p : List.copyOf(places.values())) {
            if (p.country >= 0 && !places.containsKey(p.country)) {
                Node n = nodes.get(p.country);
                places.put(p.country, new Place(literal(union, n, Sam.isoCode.asNode()), "", -1, false));
            }
        }
    }

    private static String kind(org.apache.jena.graph.Graph union, Node n) {
        for (Node c : List.of(SchemaDO.Person.asNode(), SchemaDO.Country.asNode(), SchemaDO.City.asNode(),
                SchemaDO.Organization.asNode())) {
            if (union.contains(n, TYPE, c)) {
                return Kinds.of(c);
            }
        }
        return "other";
    }

    private static String literal(org.apache.jena.graph.Graph union, Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
            return "";
        } finally {
            it.close();
        }
    }

    /** The facts of one event as the scan meets them (quads come grouped by subject). */
    private static final class Builder {
        final Node node;
        final List<Node> types = new ArrayList<>();
        final List<Node> actors = new ArrayList<>();
        final List<Node> roleActors = new ArrayList<>();
        final List<Node> roles = new ArrayList<>();
        final List<Node> placeNodes = new ArrayList<>();
        final List<Node> reports = new ArrayList<>();
        String date = "";
        int sources = 1;
        boolean denied;

        Builder(Node node) {
            this.node = node;
        }

        void add(Node p, Node o, Set<Node> roleProperties) {
            if (p.equals(TYPE)) {
                types.add(o);
            } else if (p.equals(SEM_ACTOR)) {
                actors.add(o);
            } else if (p.equals(SEM_PLACE)) {
                placeNodes.add(o);
            } else if (p.equals(SEM_BEGIN) && o.isLiteral()) {
                String d = o.getLiteralLexicalForm();
                date = date.isEmpty() || d.compareTo(date) < 0 ? d : date;
            } else if (p.equals(SOURCES) && o.isLiteral()) {
                try {
                    sources = Integer.parseInt(o.getLiteralLexicalForm());
                } catch (NumberFormatException e) {
                    sources = 1;
                }
            } else if (p.equals(DENIED)) {
                denied = true;
            } else if (p.equals(REPORT)) {
                reports.add(o);
            } else if (roleProperties.contains(p)) {
                roles.add(p);
                roleActors.add(o);
            }
        }

        void finish(EventIndex x, Map<Node, Set<String>> modalityOfReport) {
            if (types.isEmpty() || !node.isURI()) {
                return;
            }
            StringBuilder modalities = new StringBuilder();
            for (Node r : reports) {
                for (String m : modalityOfReport.getOrDefault(r, Set.of())) {
                    modalities.append(m).append(' ');
                }
            }
            int[] a = actors.stream().filter(Node::isURI).mapToInt(x::id).toArray();
            int[] ra = roleActors.stream().mapToInt(x::id).toArray();
            int[] r = roles.stream().mapToInt(x::id).toArray();
            int[] p = placeNodes.stream().filter(Node::isURI).mapToInt(x::id).toArray();
            // The specific class (sam:Meeting), not a general one an event may also carry.
            Node type = types.stream().filter(t -> t.isURI() && t.getURI().startsWith(Sam.NS)).findFirst().orElse(types.get(0));
            x.reports += reports.size();
            x.events.add(new Event(x.id(node), x.id(type), date, Modality.of(modalities.toString().trim(), denied),
                    sources, a, ra, r, p));
        }
    }
}
