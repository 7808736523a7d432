package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/event/{id}}: one event as its pictures need it: its type, CAMEO root and time, its
 * places with coordinates or country codes, its actors by role, and its reports (one per article
 * that tells it) with each article's date, the report's own time and modality.
 */
public record EventContext(Ref event, String root, String date, boolean denied, List<Place> places,
                           List<Actor> actors, List<Report> reports, int reportCount) {

    /** Reports drawn: more than a small timeline can show apart (the page lists them all, by page). */
    public static final int REPORTS = 200;

    /** Rows of the query: the type, actors and places come first, then the reports, which the bound cuts. */
    public static final int LIMIT = 800;

    public record Place(Ref place, Places.Point point, String numeric) {
    }

    public record Actor(String role, Ref actor) {
    }

    public record Report(String iri, Ref article, String published, String date, String modality) {
    }

    private record Told(String iri, Node article, String published, String date, String modality) {
    }

    /** Empty when the events graph has no such event. */
    public static Optional<EventContext> read(Reader r, Node event) {
        List<Binding> rows = Sparql.select(r.dataset, "event-context", Map.of("event", event), LIMIT);
        Node type = null;
        String date = "";
        boolean denied = false;
        Map<String, Place> places = new LinkedHashMap<>();
        List<Actor> actors = new ArrayList<>();
        Map<String, Told> reports = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node x = row.get("x");
            switch (Sparql.text(row, "part")) {
                case "type" -> {
                    if (type == null || r.roots().of(x).isPresent()) {
                        type = x;
                    }
                    date = Sparql.text(row, "z");
                    denied |= row.get("w") != null;
                }
                case "actor" -> {
                    Actor a = new Actor(r.label(row.get("y")), r.ref(x));
                    if (!actors.contains(a)) {
                        actors.add(a);
                    }
                }
                case "place" -> places.putIfAbsent(x.getURI(), new Place(r.ref(x),
                        Places.ofZone(Sparql.text(row, "z")).orElse(null),
                        Places.numeric(Sparql.text(row, "w")).orElse("")));
                case "report" -> {
                    if (!reports.containsKey(x.getURI())) {
                        reports.put(x.getURI(), new Told(x.getURI(), row.get("y"), Sparql.text(row, "v"),
                                Sparql.text(row, "z"), Modality.of(Sparql.text(row, "w"), false)));
                    }
                }
                default -> { }
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        List<Told> all = new ArrayList<>(reports.values());
        all.sort(Comparator.comparing(Told::published).thenComparing(Told::iri));
        // Labels (article headlines) only for the reports drawn.
        List<Report> told = all.subList(0, Math.min(REPORTS, all.size())).stream()
                .map(t -> new Report(t.iri, r.ref(t.article), t.published, t.date, t.modality)).toList();
        actors.sort(Comparator.comparing(Actor::role).thenComparing(a -> a.actor().label()));
        return Optional.of(new EventContext(new Ref(event.getURI(), r.href(event.getURI()), r.label(type)),
                r.roots().of(type).orElse(""), date, denied, new ArrayList<>(places.values()), actors,
                told, all.size()));
    }

    public JsonObject json() {
        JsonObject o = new JsonObject();
        JsonObject e = event.json();
        e.put("root", root);
        e.put("date", date);
        e.put("denied", denied);
        o.put("event", e);
        JsonArray p = new JsonArray();
        for (Place place : places) {
            JsonObject x = place.place().json();
            if (place.point() != null) {
                x.put("lat", JsonNumber.value(place.point().lat()));
                x.put("lon", JsonNumber.value(place.point().lon()));
            }
            x.put("numeric", place.numeric());
            p.add(x);
        }
        o.put("places", p);
        JsonArray a = new JsonArray();
        for (Actor actor : actors) {
            JsonObject x = actor.actor().json();
            x.put("role", actor.role());
            a.add(x);
        }
        o.put("actors", a);
        JsonArray rs = new JsonArray();
        for (Report report : reports) {
            JsonObject x = new JsonObject();
            x.put("iri", report.iri());
            x.put("article", report.article().json());
            x.put("published", report.published());
            x.put("date", report.date());
            x.put("modality", report.modality());
            rs.add(x);
        }
        o.put("reports", rs);
        o.put("reportCount", reportCount);
        o.put("truncated", reportCount > reports.size());
        return o;
    }
}
