package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a graph about to be written against the SHACL shapes of {@code ontology/shapes.ttl}.
 * Article graphs are checked together with the gazetteer, since their mentions point at it.
 */
public final class GraphValidator {

    private final Shapes shapes;
    private final Graph context;

    /** @param context graph read alongside the one validated (the gazetteer) */
    public GraphValidator(Shapes shapes, Graph context) {
        this.shapes = shapes;
        this.context = context;
    }

    /**
     * The labels of the context nodes the graph points at: enough to check that its references
     * resolve, without validating the gazetteer (which is validated once, on its own) again for
     * every article.
     */
    private Graph referencedPart(Graph graph) {
        Graph part = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        java.util.Set<org.apache.jena.graph.Node> seen = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isURI() && seen.add(t.getObject())) {
                context.find(t.getObject(), org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.Node.ANY)
                        .forEachRemaining(part::add);
            }
        });
        return part;
    }

    /** One line per violation: focus node, path and message. */
    public List<String> violations(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(graph, referencedPart(graph)));
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
        }
        return out;
    }
}
