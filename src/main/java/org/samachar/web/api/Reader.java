package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.function.UnaryOperator;

/**
 * One request's way into the store, inside its read transaction: the dataset, the reader's
 * language and labels, and links on this server.
 */
public final class Reader {

    final DatasetGraph dataset;
    final String lang;
    private final ApiContext.Labels labels;
    private final UnaryOperator<String> href;
    private CameoRoots roots;
    private EventIndex index;

    /** @param labels the label rule for {@code lang}; @param href where a link to an IRI points */
    public Reader(DatasetGraph dataset, String lang, ApiContext.Labels labels, UnaryOperator<String> href) {
        this.dataset = dataset;
        this.lang = lang;
        this.labels = labels;
        this.href = href;
    }

    public Ref ref(Node node) {
        return new Ref(node.getURI(), href.apply(node.getURI()), label(node));
    }

    String label(Node node) {
        return index().label(lang, node, labels);
    }

    String href(String iri) {
        return href.apply(iri);
    }

    /** The events graph in memory (built once per state of the store). */
    public EventIndex index() {
        if (index == null) {
            index = EventIndexes.of(dataset);
        }
        return index;
    }

    /** The CAMEO roots of the event classes, read once per request. */
    public CameoRoots roots() {
        if (roots == null) {
            roots = index().answer("roots " + lang, () -> CameoRoots.read(this));
        }
        return roots;
    }
}
