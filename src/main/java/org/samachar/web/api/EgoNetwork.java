package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import java.util.Arrays;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/entity/{id}/network}: the actors one actor shares events with (from the
 * {@link EventIndex}), each an edge
 * weighted by the number of those events; an edge's link is the actor's page with its events
 * table narrowed to the events the two share ({@code ?with=}).
 */
public record EgoNetwork(Ref center, DateRange range, int limit, boolean truncated, List<Edge> edges) {

    public static final int LIMIT = 40;

    /** The other actor, its kind (person, country, city, organization, other), the shared events and their list. */
    public record Edge(Ref other, String kind, long events, String href) {
    }

    public static EgoNetwork read(Reader r, Node entity, DateRange range) {
        EventIndex x = r.index();
        Integer actor = x.known(entity);
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i : actor == null ? new int[0] : x.eventsOfActor.getOrDefault(actor, new int[0])) {
            EventIndex.Event e = x.events.get(i);
            if (!range.contains(e.date())) {
                continue;
            }
            for (int other : Arrays.stream(e.actors()).distinct().toArray()) {
                if (other != actor) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<Integer, Integer>> ranked = Counts.top(shared, LIMIT + 1, x);
        Ref center = r.ref(entity);
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<Integer, Integer> c : ranked.subList(0, Math.min(LIMIT, ranked.size()))) {
            Ref ref = r.ref(x.nodes.get(c.getKey()));
            edges.add(new Edge(ref, x.kindOf.getOrDefault(c.getKey(), "other"), c.getValue(),
                    Links.shared(center.href(), ref.href(), range)));
        }
        return new EgoNetwork(center, range, LIMIT, ranked.size() > LIMIT, edges);
    }

    public JsonObject json() {
        JsonObject o = Json.head(range, limit, truncated);
        o.put("center", center.json());
        JsonArray nodes = new JsonArray();
        JsonArray links = new JsonArray();
        for (Edge e : edges) {
            JsonObject n = e.other().json();
            n.put("kind", e.kind());
            nodes.add(n);
            JsonObject l = new JsonObject();
            l.put("source", center.iri());
            l.put("target", e.other().iri());
            l.put("events", e.events());
            l.put("href", e.href());
            links.add(l);
        }
        o.put("nodes", nodes);
        o.put("edges", links);
        return o;
    }
}
