package org.samachar.web.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/entity/{id}/network}: the actors one actor shares events with, each an edge
 * weighted by the number of those events; an edge's link is the actor's page with its events
 * table narrowed to the events the two share ({@code ?with=}).
 */
public record EgoNetwork(Ref center, DateRange range, int limit, boolean truncated, List<Edge> edges) {

    public static final int LIMIT = 40;

    /** The other actor, its kind (person, country, city, organization, other), the shared events and their list. */
    public record Edge(Ref other, String kind, long events, String href) {
    }

    public static EgoNetwork read(Reader r, Node entity, DateRange range) {
        Map<String, Node> bindings = new HashMap<>(Sparql.range(range));
        bindings.put("entity", entity);
        List<Binding> rows = Sparql.select(r.dataset, "ego-network", bindings, LIMIT + 1);
        Ref center = r.ref(entity);
        List<Edge> edges = new ArrayList<>();
        for (Binding row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            Node other = row.get("other");
            if (!other.isURI()) {
                continue;
            }
            Ref ref = r.ref(other);
            edges.add(new Edge(ref, Kinds.of(row.get("kind")), Sparql.number(row, "count"),
                    Links.shared(center.href(), ref.href(), range)));
        }
        return new EgoNetwork(center, range, LIMIT, rows.size() > LIMIT, edges);
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
