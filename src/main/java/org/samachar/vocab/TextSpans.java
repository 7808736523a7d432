package org.samachar.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.Optional;

/**
 * The text of a sentence or mention of an article graph, whichever layer wrote it: its
 * {@code nif:anchorOf} when the graph has it (full annotations), else the code points of the
 * article body its offsets ({@code nif:beginIndex}/{@code nif:endIndex}, or a mention IRI's
 * {@code #char=} span) give — as SPARQL's {@code SUBSTR(?body, ?begin + 1, ?end - ?begin)} does.
 */
public final class TextSpans {

    private TextSpans() {
    }

    /** {@code body[span[0], span[1])} by code points, or null when the span does not fit. */
    public static String cut(String body, int[] span) {
        if (body == null || span == null || span[0] < 0 || span[1] < span[0]) {
            return null;
        }
        try {
            int b = body.offsetByCodePoints(0, span[0]);
            int e = body.offsetByCodePoints(b, span[1] - span[0]);
            return body.substring(b, e);
        } catch (IndexOutOfBoundsException ex) {
            return null;
        }
    }

    /** The offsets of a sentence or mention in {@code graph}: its beginIndex/endIndex, else its IRI's span. */
    public static int[] span(Graph graph, Node node) {
        Optional<Integer> b = integer(graph, node, Sam.nifBeginIndex.asNode());
        Optional<Integer> e = integer(graph, node, Sam.nifEndIndex.asNode());
        if (b.isPresent() && e.isPresent()) {
            return new int[] {b.get(), e.get()};
        }
        return Iris.span(node);
    }

    /** The text of a sentence or mention: {@code nif:anchorOf}, else cut from its article's body. */
    public static Optional<String> text(Graph graph, Node node) {
        Optional<String> anchor = graph.find(node, Sam.nifAnchorOf.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (anchor.isPresent()) {
            return anchor;
        }
        Node article = Iris.articleOf(node);
        if (article == null) {
            return Optional.empty();
        }
        return graph.find(article, SchemaDO.articleBody.asNode(), Node.ANY).nextOptional()
                .map(t -> cut(t.getObject().getLiteralLexicalForm(), span(graph, node)));
    }

    /** The same over a dataset, in the article's own graph. */
    public static Optional<String> text(DatasetGraph dataset, Node node) {
        Node graph = Iris.graphOf(node);
        return graph == null ? Optional.empty() : text(dataset.getGraph(graph), node);
    }

    private static Optional<Integer> integer(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).filter(Node::isLiteral).flatMap(n -> {
            try {
                return Optional.of(Integer.parseInt(n.getLiteralLexicalForm()));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
