package org.samachar.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.web.api.Reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The graph as one page request reads it, inside a read transaction: the union of all graphs,
 * labels in the reader's language, and links mapped onto this server. All access is by node
 * pattern, so nothing a request sends is ever pasted into a query.
 */
final class GraphView {

    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SchemaDO.name.asNode(), SchemaDO.headline.asNode());

    final DatasetGraph dataset;
    final Graph union;
    final String lang;
    final IriBase base;
    private final Map<Node, String> labels = new HashMap<>();

    GraphView(DatasetGraph dataset, String lang, IriBase base) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
        this.lang = lang;
        this.base = base;
    }

    /** The same reading for the queries of the pictures (org.samachar.web.api). */
    Reader reader() {
        return new Reader(dataset, lang, this::label, base::href);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Distinct objects of {@code s p ?}, across all graphs. */
    List<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        union.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return new ArrayList<>(out);
    }

    Optional<Node> object(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    /** Distinct subjects of {@code ? p o}, across all graphs. */
    List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        union.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return new ArrayList<>(out);
    }

    /** Distinct objects of {@code s p ?} in one named graph. */
    List<Node> objectsIn(Node graph, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dataset.find(graph, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    List<Node> subjectsIn(Node graph, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dataset.find(graph, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return new ArrayList<>(out);
    }

    Optional<String> text(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    int integer(Node s, Node p, int otherwise) {
        return object(s, p).filter(Node::isLiteral).map(n -> {
            try {
                return Integer.parseInt(n.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }).orElse(otherwise);
    }

    boolean exists(Node n) {
        return union.find(n, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, n).hasNext();
    }

    boolean has(Node s, Node p, Node o) {
        return union.contains(Triple.create(s, p, o));
    }

    /**
     * The best label of a node for the reader: one in their language, else English (a Latin
     * transcription such as {@code @en-t-gu} counts as English), else any; else the IRI's last part.
     */
    String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return labels.computeIfAbsent(n, this::chooseLabel);
    }

    private String chooseLabel(Node n) {
        Node best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Node p : LABELS) {
            for (Node l : objects(n, p)) {
                if (!l.isLiteral()) {
                    continue;
                }
                int rank = rank(l.getLiteralLanguage());
                if (rank < bestRank) {
                    best = l;
                    bestRank = rank;
                }
            }
            if (best != null && bestRank == 0) {
                break;
            }
        }
        if (best != null) {
            return best.getLiteralLexicalForm();
        }
        if (!n.isURI()) {
            return n.toString();
        }
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private int rank(String language) {
        String l = language == null ? "" : language.toLowerCase();
        if (l.equals(lang)) {
            return 0;
        }
        if (l.startsWith(lang + "-")) {
            return 1;
        }
        if (l.equals("en") || l.startsWith("en-")) {
            return 2;
        }
        return l.isEmpty() ? 3 : 4;
    }

    Link link(Node n) {
        if (!n.isURI()) {
            return new Link(null, label(n), null);
        }
        return new Link(base.href(n.getURI()), label(n), n.getURI());
    }

    List<Link> links(List<Node> nodes) {
        return nodes.stream().map(this::link).toList();
    }
}
