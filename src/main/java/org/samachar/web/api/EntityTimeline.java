package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.List;

/** {@code /api/entity/{id}/timeline}: the dated events of one actor, in time order (from the {@link EventIndex}). */
public record EntityTimeline(Ref entity, DateRange range, int limit, boolean truncated, List<Entry> events,
                             CameoRoots roots) {

    public static final int LIMIT = 2000;

    public record Entry(Ref event, String root, String date, String modality, long sources, List<String> roles) {
    }

    public static EntityTimeline read(Reader r, Node entity, DateRange range) {
        EventIndex x = r.index();
        Integer actor = x.known(entity);
        List<Entry> events = new ArrayList<>();
        boolean truncated = false;
        for (int i : actor == null ? new int[0] : x.eventsOfActor.getOrDefault(actor, new int[0])) {
            EventIndex.Event e = x.events.get(i);
            if (e.date().isEmpty() || !range.contains(e.date())) {
                continue;
            }
            if (events.size() == LIMIT) {
                truncated = true;
                break;
            }
            Node type = x.nodes.get(e.type());
            Node event = x.nodes.get(e.node());
            List<String> roles = new ArrayList<>();
            for (int k = 0; k < e.roleActors().length; k++) {
                String role = r.label(x.nodes.get(e.roles()[k]));
                if (e.roleActors()[k] == actor && !roles.contains(role)) {
                    roles.add(role);
                }
            }
            events.add(new Entry(new Ref(event.getURI(), r.href(event.getURI()), r.label(type)),
                    r.roots().of(type).orElse(""), e.date(), e.modality(), e.sources(), roles));
        }
        return new EntityTimeline(r.ref(entity), range, LIMIT, truncated, events, r.roots());
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
