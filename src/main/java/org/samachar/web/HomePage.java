package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.vocab.Iris;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts, the latest events and the articles. */
final class HomePage {

    private static final int RECENT = 12;

    private HomePage() {
    }

    record Count(String what, long count) {
    }

    record Recent(String date, Link event, List<Link> actors, int sources) {
    }

    static Map<String, Object> model(GraphView v, Map<String, String> t) {
        Map<String, Object> m = new HashMap<>();
        List<Node> articles = v.subjects(Vocab.TYPE, Vocab.ARTICLE);
        Set<Node> entities = new HashSet<>();
        v.union.find(Node.ANY, Vocab.MENTIONS, Node.ANY).forEachRemaining(x -> entities.add(x.getObject()));
        List<Node> events = v.subjectsIn(Iris.EVENTS_GRAPH, Vocab.SOURCE_COUNT, Node.ANY);
        long reports = count(v, Iris.EVENTS_GRAPH, Vocab.REPORT);
        m.put("counts", List.of(new Count(t.get("articles"), articles.size()), new Count(t.get("entities"), entities.size()),
                new Count(t.get("events"), events.size()), new Count(t.get("reports"), reports)));
        List<Recent> recent = new ArrayList<>();
        for (Node e : events) {
            String date = EventSummary.date(v, e);
            if (!date.isEmpty()) {
                recent.add(new Recent(date, new Link(v.base.href(e.getURI()), v.label(EventSummary.type(v, e)), e.getURI()),
                        v.links(v.objects(e, Vocab.HAS_ACTOR)), v.integer(e, Vocab.SOURCE_COUNT, 1)));
            }
        }
        recent.sort(Comparator.comparing(Recent::date).reversed());
        m.put("recent", recent.subList(0, Math.min(RECENT, recent.size())));
        m.put("articles", Articles.listed(v, articles));
        return m;
    }

    private static long count(GraphView v, Node graph, Node p) {
        long n = 0;
        var it = v.dataset.find(graph, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
