package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.vocab.Iris;
import org.samachar.vocab.TextSpans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article: its metadata, its cleaned text paragraph by paragraph with the entities it names
 * linked and each sentence that reports an event followed by a link to the event, and the blocks
 * removed as boilerplate, collapsed, with their reason and text.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    static Map<String, Object> model(GraphView v, Node article) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.label(article));
        m.put("published", v.text(article, Vocab.PUBLISHED).orElse(""));
        m.put("publisher", v.object(article, Vocab.PUBLISHER).map(v::link).orElse(null));
        m.put("language", v.text(article, Vocab.IN_LANGUAGE).orElse(""));
        m.put("sourceFile", v.text(article, Vocab.SOURCE_FILE).orElse(""));
        m.put("paragraphs", paragraphs(v, article));
        m.put("removed", removed(v, article));
        return m;
    }

    record Paragraph(List<SentenceView> sentences) {
    }

    record SentenceView(String id, List<Sentences.Segment> segments, List<Link> events) {
    }

    /**
     * The sentences in body order, in paragraphs. Both layers write every sentence with its
     * offsets; a paragraph is a run of the body between blank lines (the full layer's
     * {@code sam:inParagraph} says the same), so the page reads the body, not the paragraph nodes.
     */
    private static List<Paragraph> paragraphs(GraphView v, Node article) {
        Node graph = Iris.graphOf(article);
        String body = v.text(article, Vocab.BODY).orElse("");
        List<Node> sentences = new ArrayList<>();
        for (Node n : v.subjectsIn(graph, Vocab.BEGIN, Node.ANY)) {
            if (Iris.isPart(n, "sentence")) {
                sentences.add(n);
            }
        }
        sentences.sort(Comparator.comparingInt(s -> v.integer(s, Vocab.BEGIN, 0)));
        List<Paragraph> out = new ArrayList<>();
        List<SentenceView> views = null;
        int previousEnd = -1;
        for (Node s : sentences) {
            int begin = v.integer(s, Vocab.BEGIN, 0);
            String between = previousEnd < 0 ? null : TextSpans.cut(body, new int[] {previousEnd, begin});
            if (views == null || between == null || between.contains(PARAGRAPH_BREAK)) {
                views = new ArrayList<>();
                out.add(new Paragraph(views));
            }
            previousEnd = v.integer(s, Vocab.END, begin);
            String id = s.getURI().substring(s.getURI().indexOf('#') + 1);
            views.add(new SentenceView(id, Sentences.segments(v, s, Set.of(), null), eventsOf(v, s)));
        }
        return out;
    }

    /** What separates two paragraphs in the body ({@code text/ParagraphBuilder}). */
    private static final String PARAGRAPH_BREAK = "\n\n";

    /** The events (of {@code graph/events}) whose evidence is this sentence. */
    private static List<Link> eventsOf(GraphView v, Node sentence) {
        List<Link> out = new ArrayList<>();
        for (Node report : v.subjects(Vocab.EVIDENCE, sentence)) {
            for (Node event : v.subjectsIn(Iris.EVENTS_GRAPH, Vocab.REPORT, report)) {
                Link link = new Link(v.base.href(event.getURI()), v.label(EventSummary.type(v, report)), event.getURI());
                if (!out.contains(link)) {
                    out.add(link);
                }
            }
        }
        return out;
    }

    record Removed(String reason, int firstLine, int lastLine, String text) {
    }

    private static List<Removed> removed(GraphView v, Node article) {
        List<Removed> out = new ArrayList<>();
        for (Node block : v.objects(article, Vocab.REMOVED)) {
            out.add(new Removed(v.object(block, Vocab.REASON).map(v::label).orElse(""),
                    v.integer(block, Vocab.FIRST_LINE, 0), v.integer(block, Vocab.LAST_LINE, 0),
                    v.text(block, Vocab.SCHEMA_TEXT).orElse("")));
        }
        out.sort(Comparator.comparingInt(Removed::firstLine));
        return out;
    }
}
