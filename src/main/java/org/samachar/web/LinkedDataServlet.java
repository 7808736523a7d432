package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes every IRI the graph mints resolve: {@code /id/…} (entities, events, articles, roles…),
 * {@code /graph/…} (the named graphs) and {@code /ontology} (the ontology and its terms). A browser
 * gets a page in its language; a program gets Turtle, N-Triples, JSON-LD or RDF/XML by Accept
 * header, {@code ?format=} or a file suffix ({@code /id/person/vladimir-putin.ttl}). An IRI the
 * graph does not know is a 404.
 */
final class LinkedDataServlet extends PageServlet {

    LinkedDataServlet(Site site) {
        super(site);
    }

    private record Target(Node node, Optional<Format> suffixFormat) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatasetGraph dataset = site.dataset(getServletContext()).orElse(null);
        if (dataset == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "no dataset at " + Site.DATASET);
            return;
        }
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<Target> found = Txn.calculateRead(dataset, () -> resolve(dataset, path));
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        Target target = found.get();
        Optional<Format> format = Negotiation.format(request, target.suffixFormat());
        if (format.isEmpty()) {
            response.setHeader("Vary", "Accept");
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/n-triples, application/ld+json, application/rdf+xml");
            return;
        }
        Node node = target.node();
        if (format.get() == Format.HTML) {
            Optional<String> article = articleOfGraph(node);
            if (article.isPresent()) {
                response.setHeader("Vary", "Accept");
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", site.base.href(article.get()));
                return;
            }
            html(request, response, dataset, node);
        } else {
            rdf(response, dataset, node, format.get());
        }
    }

    private Optional<Target> resolve(DatasetGraph dataset, String path) {
        Optional<Target> exact = known(dataset, path).map(n -> new Target(n, Optional.empty()));
        if (exact.isPresent()) {
            return exact;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<Format> f = Format.named(path.substring(dot + 1));
            if (f.isPresent()) {
                return known(dataset, path.substring(0, dot)).map(n -> new Target(n, f));
            }
        }
        return Optional.empty();
    }

    private Optional<Node> known(DatasetGraph dataset, String path) {
        if (path.equals("/ontology")) {
            return Optional.of(ontology());
        }
        Node node = GraphView.iri(site.base.iriOf(path));
        if (path.startsWith("/graph/")) {
            return dataset.containsGraph(node) ? Optional.of(node) : Optional.empty();
        }
        Graph union = dataset.getUnionGraph();
        return union.find(node, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, node).hasNext()
                ? Optional.of(node) : Optional.empty();
    }

    private static Node ontology() {
        return GraphView.iri(Sam.NS.substring(0, Sam.NS.length() - 1));
    }

    /** An article graph's page is its article's page. */
    private static Optional<String> articleOfGraph(Node node) {
        String iri = node.getURI();
        return iri.startsWith(Iris.ARTICLE_GRAPH)
                ? Optional.of(Iris.ID + "article/" + iri.substring(Iris.ARTICLE_GRAPH.length())) : Optional.empty();
    }

    private void html(HttpServletRequest request, HttpServletResponse response, DatasetGraph dataset, Node node)
            throws IOException {
        List<Choice> data = new ArrayList<>();
        String here = request.getRequestURI();
        for (Format f : Format.values()) {
            if (f != Format.HTML) {
                data.add(new Choice(f.suffix(), f.mediaType, here + "?format=" + f.suffix(), false));
            }
        }
        String template;
        Function<GraphView, Map<String, Object>> build;
        Kind kind = Txn.calculateRead(dataset, () -> node.equals(ontology()) ? Kind.TERM
                : Kind.of(new GraphView(dataset, "en", site.base), node));
        if (node.equals(ontology())) {
            template = "ontology";
            build = OntologyPage::model;
        } else {
            switch (kind) {
                case ARTICLE -> { template = "article"; build = v -> ArticlePage.model(v, node); }
                case EVENT -> {
                    template = "event";
                    int sourcePage = EventFilter.of(request, site.base).articlePage("spage", request);
                    build = v -> EventPage.model(v, node, sourcePage);
                }
                case ENTITY -> {
                    template = "entity";
                    EventFilter filter = EventFilter.of(request, site.base);
                    build = v -> EntityPage.model(v, node, filter);
                }
                default -> { template = "resource"; build = v -> ResourcePage.model(v, node); }
            }
        }
        Function<GraphView, Map<String, Object>> withIri = v -> {
            Map<String, Object> m = new java.util.HashMap<>(build.apply(v));
            m.put("iri", node.getURI());
            m.put("kind", site.messages.in(v.lang).get(kind.messageKey()));
            return m;
        };
        page(request, response, HttpServletResponse.SC_OK, template, withIri, data);
    }

    private void rdf(HttpServletResponse response, DatasetGraph dataset, Node node, Format format) throws IOException {
        response.setContentType(format.mediaType + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Access-Control-Allow-Origin", "*");
        OutputStream out = response.getOutputStream();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, description(dataset, node), format.lang));
        out.flush();
    }

    /**
     * What a resource's document holds: an article's whole graph (its text, mentions and
     * events), a named graph's content, the ontology graph, or else every statement about the
     * resource, from every graph.
     */
    private static Graph description(DatasetGraph dataset, Node node) {
        Graph out = GraphFactory.createDefaultGraph();
        Prefixes.addTo(out.getPrefixMapping());
        if (node.equals(ontology())) {
            dataset.getGraph(Iris.ONTOLOGY_GRAPH).find().forEachRemaining(out::add);
            return out;
        }
        if (dataset.containsGraph(node)) {
            dataset.getGraph(node).find().forEachRemaining(out::add);
            return out;
        }
        Optional<Node> articleGraph = dataset.find(Node.ANY, node, Vocab.TYPE, Vocab.ARTICLE).hasNext()
                ? Optional.of(dataset.find(Node.ANY, node, Vocab.TYPE, Vocab.ARTICLE).next().getGraph()) : Optional.empty();
        if (articleGraph.isPresent()) {
            dataset.getGraph(articleGraph.get()).find().forEachRemaining(out::add);
            return out;
        }
        dataset.getUnionGraph().find(node, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, HttpServletResponse.SC_NOT_FOUND, "notfound",
                v -> Map.of("title", site.messages.in(v.lang).get("not_found"),
                        "iri", site.base.iriOf(request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse(""))),
                List.of());
    }
}
