package org.samachar.web.api;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.Optional;

/**
 * What the JSON endpoints take from the site around them: the dataset, the reader's language,
 * the mapping between IRIs and local paths, and the label rule of the pages. The site
 * ({@code org.samachar.web}) implements it, so this package never reaches back into the pages.
 */
public interface ApiContext {

    /** The dataset the site serves, or empty on a misconfigured server. */
    Optional<DatasetGraph> dataset(ServletContext context);

    /** en, gu or hi, chosen as the pages choose it. */
    String language(HttpServletRequest request);

    /** The IRI a local path names ({@code /id/person/x}). */
    String iriOf(String path);

    /** Where a link to {@code iri} points on this server. */
    String href(String iri);

    /** The label rule of the pages for {@code lang}; used inside a read transaction. */
    Labels labels(DatasetGraph dataset, String lang);

    /** The best label of a node for one reader. */
    @FunctionalInterface
    interface Labels {
        String of(Node node);
    }
}
