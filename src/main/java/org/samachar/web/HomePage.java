package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.web.api.EventIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return model(v, t, 1);
    }

    /**
     * The counts and the latest events come from the events index of the pictures (counting them
     * from the store took half a minute at 10K articles); the articles are listed newest first, a
     * page at a time.
     */
    static Map<String, Object> model(GraphView v, Map<String, String> t, int articlePage) {
        Map<String, Object> m = new HashMap<>();
        List<Node> articles = v.subjects(Vocab.TYPE, Vocab.ARTICLE);
        EventIndex index = v.reader().index();
        m.put("counts", List.of(new Count(t.get("articles"), articles.size()), new Count(t.get("entities"), index.entityCount()),
                new Count(t.get("events"), index.eventCount()), new Count(t.get("reports"), index.reportCount())));
        List<Recent> recent = new ArrayList<>();
        for (Node e : index.latest(RECENT)) {
            recent.add(new Recent(EventSummary.date(v, e), new Link(v.base.href(e.getURI()), v.label(EventSummary.type(v, e)), e.getURI()),
                    v.links(v.objects(e, Vocab.HAS_ACTOR)), v.integer(e, Vocab.SOURCE_COUNT, 1)));
        }
        m.put("recent", recent);
        Articles.Page page = Articles.page(v, articles, articlePage, p -> "/?lang=" + v.lang + "&apage=" + p + "#articles");
        m.put("articles", page.listed());
        m.put("articlePager", page.pager());
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
