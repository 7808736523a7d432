package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.web.api.EgoNetwork;
import org.samachar.web.api.Ref;

import java.util.Map;

/**
 * What the entity page adds for its pictures: the period form, the JSON the timeline and the
 * network are drawn from, and the network as a plain table for readers without JavaScript (the
 * same query as the picture's, so both show the same actors and counts).
 */
final class EntityViews {

    private EntityViews() {
    }

    /** A row of the network table: the other actor, its kind in the reader's language, the shared events. */
    record NetworkRow(Ref other, String kind, long events, String href) {
    }

    static void addTo(Map<String, Object> m, GraphView v, Node entity, EventFilter filter) {
        String api = "/api/entity" + v.base.href(entity.getURI()).replaceFirst("^/id", "");
        String query = "?lang=" + v.lang + filter.range().asParameters();
        m.put("timelineApi", api + "/timeline" + query);
        m.put("networkApi", api + "/network" + query);
        m.put("from", filter.range().fromParameter());
        m.put("to", filter.range().toParameter());
        m.put("rangeProblem", filter.problem());
        m.put("filtered", !filter.range().all() || filter.with().isPresent());
        m.put("clearHref", v.base.href(entity.getURI()) + "?lang=" + v.lang + "#events");
        filter.with().ifPresent(w -> m.put("with", v.link(w)));
        m.put("periodAction", v.base.href(entity.getURI()) + "#events");
        Map<String, String> t = Messages.load().in(v.lang);
        m.put("network", EgoNetwork.read(v.reader(), entity, filter.range()).edges().stream()
                .map(e -> new NetworkRow(e.other(), t.getOrDefault("actor_" + e.kind(), e.kind()), e.events(), e.href()))
                .toList());
    }

    /** This entity's page with the same filter, at page {@code page} of its events table. */
    static String href(GraphView v, Node entity, EventFilter filter, int page) {
        StringBuilder b = new StringBuilder(v.base.href(entity.getURI())).append("?lang=").append(v.lang)
                .append(filter.range().asParameters());
        filter.with().ifPresent(w -> b.append("&with=").append(PageServlet.encode(v.base.href(w.getURI()))));
        return b.append("&page=").append(page).append("#events").toString();
    }
}
