package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One request's way into the store, inside its read transaction: the dataset, the reader's
 * language and labels, and links on this server.
 */
public final class Reader {

    final DatasetGraph dataset;
    final String lang;
    private final ApiContext context;
    private final ApiContext.Labels labels;
    private CameoRoots roots;

    public Reader(DatasetGraph dataset, String lang, ApiContext context) {
        this.dataset = dataset;
        this.lang = lang;
        this.context = context;
        this.labels = context.labels(dataset, lang);
    }

    public Ref ref(Node node) {
        return new Ref(node.getURI(), context.href(node.getURI()), labels.of(node));
    }

    String label(Node node) {
        return labels.of(node);
    }

    String href(String iri) {
        return context.href(iri);
    }

    /** The CAMEO roots of the event classes, read once per request. */
    public CameoRoots roots() {
        if (roots == null) {
            roots = CameoRoots.read(this);
        }
        return roots;
    }
}
