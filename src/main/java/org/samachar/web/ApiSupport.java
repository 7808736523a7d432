package org.samachar.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.web.api.ApiContext;

import java.util.Optional;

/** The site as the JSON endpoints see it: its dataset, languages, links and label rule. */
final class ApiSupport implements ApiContext {

    private final Site site;

    ApiSupport(Site site) {
        this.site = site;
    }

    @Override
    public Optional<DatasetGraph> dataset(ServletContext context) {
        return site.dataset(context);
    }

    @Override
    public String language(HttpServletRequest request) {
        return Negotiation.language(request);
    }

    @Override
    public String iriOf(String path) {
        return site.base.iriOf(path);
    }

    @Override
    public String href(String iri) {
        return site.base.href(iri);
    }

    @Override
    public Labels labels(DatasetGraph dataset, String lang) {
        return new GraphView(dataset, lang, site.base)::label;
    }
}
