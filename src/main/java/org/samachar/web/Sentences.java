package org.samachar.web;

import org.apache.jena.graph.Node;
import org.samachar.vocab.Iris;
import org.samachar.vocab.TextSpans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A sentence as pieces of text, some of them links to the entity a mention refers to. Offsets in
 * the graph are code points into the article body; the pieces are cut by code point too, so a
 * Gujarati or Devanagari sentence is never split inside a character. The pieces are plain text:
 * the template escapes them, so article text can never become markup.
 */
final class Sentences {

    private Sentences() {
    }

    /** One piece: text, the entity it names (or none), whether to highlight it, whether it is the trigger. */
    record Segment(String text, String href, String title, boolean mark, boolean trigger) {
        boolean link() {
            return href != null;
        }
    }

    private record Span(int begin, int end, Node entity, boolean trigger) {
    }

    /** The sentence's {@code nif:anchorOf} (full annotations), else the body's code points its offsets give. */
    static String text(GraphView v, Node sentence) {
        return v.text(sentence, Vocab.ANCHOR_OF).or(() -> TextSpans.text(v.dataset, sentence)).orElse("");
    }

    /**
     * The sentence cut at its mentions; mentions of {@code highlight} are marked, and so is the
     * first occurrence of {@code trigger} (the word that made the extractor see an event).
     */
    static List<Segment> segments(GraphView v, Node sentence, Set<Node> highlight, String trigger) {
        String text = text(v, sentence);
        int length = text.codePointCount(0, text.length());
        int offset = v.integer(sentence, Vocab.BEGIN, 0);
        List<Span> spans = new ArrayList<>();
        for (Node mention : v.subjects(Vocab.IN_SENTENCE, sentence)) {
            int[] span = Iris.span(mention); // a mention is named by its span of the body, in both layers
            if (span == null) {
                continue;
            }
            int b = span[0] - offset;
            int e = span[1] - offset;
            Node entity = v.object(mention, Vocab.REFERS_TO).orElse(null);
            if (b >= 0 && e > b && e <= length && entity != null) {
                spans.add(new Span(b, e, entity, false));
            }
        }
        if (trigger != null && !trigger.isEmpty()) {
            int at = text.indexOf(trigger);
            if (at >= 0) {
                int b = text.codePointCount(0, at);
                spans.add(new Span(b, b + trigger.codePointCount(0, trigger.length()), null, true));
            }
        }
        spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(s -> -s.end()));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            if (s.begin() < at) {
                continue; // overlaps the previous span
            }
            if (s.begin() > at) {
                out.add(plain(cut(text, at, s.begin())));
            }
            String piece = cut(text, s.begin(), s.end());
            if (s.trigger()) {
                out.add(new Segment(piece, null, null, true, true));
            } else {
                Link l = v.link(s.entity());
                out.add(new Segment(piece, l.href(), l.label(), highlight.contains(s.entity()), false));
            }
            at = s.end();
        }
        if (at < length) {
            out.add(plain(cut(text, at, length)));
        }
        return out;
    }

    private static Segment plain(String text) {
        return new Segment(text, null, null, false, false);
    }

    private static String cut(String text, int beginCodePoint, int endCodePoint) {
        int b = text.offsetByCodePoints(0, beginCodePoint);
        int e = text.offsetByCodePoints(b, endCodePoint - beginCodePoint);
        return text.substring(b, e);
    }
}
