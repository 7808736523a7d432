package org.samachar.web;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event: its type and CAMEO code, actors by role, place, time, modality, claims and denials,
 * and each article that tells it, with the evidence sentence and the actors and trigger marked.
 */
final class EventPage {

    private EventPage() {
    }

    static Map<String, Object> model(GraphView v, Node event) {
        return model(v, event, 1);
    }

    /** Sources are listed a page at a time: an event of a large store can be told by thousands of articles. */
    static Map<String, Object> model(GraphView v, Node event, int sourcePage) {
        Map<String, Object> m = new HashMap<>();
        Node type = EventSummary.type(v, event);
        m.put("title", EventSummary.title(v, event));
        m.put("type", v.link(type));
        m.put("cameo", String.join(", ", v.objects(type, Vocab.CAMEO).stream().map(Node::getLiteralLexicalForm).toList()));
        m.put("roles", EventSummary.roles(v, event));
        m.put("places", v.links(v.objects(event, Vocab.HAS_PLACE)));
        m.put("date", EventSummary.date(v, event));
        m.put("timeExpressions", String.join("; ", EventSummary.gathered(v, event, Vocab.TIME_EXPRESSION).stream()
                .map(Node::getLiteralLexicalForm).distinct().toList()));
        m.put("modality", v.links(EventSummary.gathered(v, event, Vocab.MODALITY)));
        m.put("claimedBy", v.links(EventSummary.gathered(v, event, Vocab.CLAIMED_BY)));
        m.put("deniedBy", v.links(v.objects(event, Vocab.DENIED_BY)));
        m.put("denies", v.links(EventSummary.gathered(v, event, Vocab.DENIES)));
        List<Node> reports = EventSummary.reports(v, event);
        Pager pager = Pager.of(reports.size(), sourcePage, PAGE_SIZE,
                p -> v.base.href(event.getURI()) + "?lang=" + v.lang + "&spage=" + p + "#sources");
        m.put("sources", sources(v, event, reports.subList(pager.first(), pager.last())));
        m.put("sourcePager", pager);
        // The pictures' JSON; only events of graph/events have one (a report's page draws none).
        v.base.pathOf(event.getURI()).filter(path -> path.startsWith("/id/event/"))
                .ifPresent(path -> m.put("contextApi", "/api" + path.substring(3) + "?lang=" + v.lang));
        return m;
    }

    record Source(Articles.Listed article, String sentenceHref, List<Sentences.Segment> sentence,
                  List<Link> modality, List<Link> claimedBy) {
    }

    static final int PAGE_SIZE = 50;

    private static List<Source> sources(GraphView v, Node event, List<Node> reports) {
        Set<Node> highlight = new HashSet<>(v.objects(event, Vocab.HAS_ACTOR));
        highlight.addAll(v.objects(event, Vocab.HAS_PLACE));
        List<Source> out = new ArrayList<>();
        for (Node report : reports) {
            Node article = v.object(report, Vocab.IN_ARTICLE).orElse(null);
            Node sentence = v.object(report, Vocab.EVIDENCE).orElse(null);
            if (article == null || sentence == null) {
                continue;
            }
            Set<Node> marked = new HashSet<>(highlight);
            marked.addAll(v.objects(report, Vocab.HAS_ACTOR));
            String trigger = v.text(report, Vocab.TRIGGER).orElse(null);
            out.add(new Source(Articles.listed(v, List.of(article)).get(0), v.base.href(sentence.getURI()),
                    Sentences.segments(v, sentence, marked, trigger),
                    v.links(v.objects(report, Vocab.MODALITY)), v.links(v.objects(report, Vocab.CLAIMED_BY))));
        }
        return out;
    }
}
