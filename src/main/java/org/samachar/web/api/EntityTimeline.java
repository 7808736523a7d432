package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/entity/{id}/timeline}: the dated events of one actor, in time order. */
public record EntityTimeline(Ref entity, DateRange range, int limit, boolean truncated, List<Entry> events,
                             CameoRoots roots) {

    public static final int LIMIT = 2000;

    public record Entry(Ref event, String root, String date, String modality, long sources, List<String> roles) {
    }

    public static EntityTimeline read(Reader r, Node entity, DateRange range) {
        Map<String, Node> bindings = new HashMap<>(Sparql.range(range));
        bindings.put("entity", entity);
        List<Binding> rows = Sparql.select(r.dataset, "entity-timeline", bindings, LIMIT + 1);
        List<Entry> events = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            Node type = row.get("kind");
            List<String> roles = Arrays.stream(Sparql.text(row, "roles").split(" ")).filter(s -> !s.isEmpty())
                    .map(iri -> r.label(NodeFactory.createURI(iri))).toList();
            Node event = row.get("event");
            events.add(new Entry(new Ref(event.getURI(), r.href(event.getURI()), r.label(type)),
                    r.roots().of(type).orElse(""), Sparql.text(row, "date"),
                    Modality.of(Sparql.text(row, "modalities"), row.get("denied") != null),
                    Math.max(1, Sparql.number(row, "count")), roles));
        }
        return new EntityTimeline(r.ref(entity), range, LIMIT, rows.size() > LIMIT, events, r.roots());
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        o.put("entity", entity.json());
        o.put("roots", roots.json());
        JsonArray a = new JsonArray();
        for (Entry e : events) {
            JsonObject x = e.event().json();
            x.put("root", e.root());
            x.put("date", e.date());
            x.put("modality", e.modality());
            x.put("sources", e.sources());
            x.put("roles", Json.strings(e.roles()));
            a.add(x);
        }
        o.put("events", a);
        return o;
    }
}
