package org.samachar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.samachar.vocab.Iris;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /search?q=…}: entities, events and articles by any name in any script, ranked, with
 * type and snippet; a page for people, JSON for programs ({@code ?format=json} or Accept). It
 * asks the same jena-text index SPARQL's {@code text:query} uses: names ({@code rdfs:label},
 * {@code skos:altLabel}) and text (headlines, sentences, mentions). The words typed are escaped
 * for Lucene's query syntax, so they are searched for, never interpreted.
 */
final class SearchServlet extends PageServlet {

    private static final int PER_FIELD = 60;
    private static final int SHOWN = 40;
    private static final int MAX_QUERY = 200;
    private static final int SNIPPET = 220;

    SearchServlet(Site site) {
        super(site);
    }

    record Hit(String kind, Link link, String type, String snippet, float score) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        String query = q;
        Optional<DatasetGraph> dataset = site.dataset(getServletContext());
        Optional<TextIndex> index = dataset.filter(d -> d instanceof DatasetGraphText).map(d -> ((DatasetGraphText) d).getTextIndex());
        String lang = Negotiation.language(request);
        boolean json = "json".equals(request.getParameter("format"))
                || (request.getParameter("format") == null && Optional.ofNullable(request.getHeader("Accept")).orElse("").startsWith("application/json"));
        List<Hit> hits = query.isEmpty() || index.isEmpty() ? List.of()
                : Txn.calculateRead(dataset.get(), () -> search(new GraphView(dataset.get(), lang, site.base), index.get(), query));
        if (json) {
            json(response, query, hits, index.isPresent());
            return;
        }
        page(request, response, HttpServletResponse.SC_OK, "search", v -> {
            Map<String, Object> m = new HashMap<>();
            m.put("title", site.messages.in(lang).get("search") + (query.isEmpty() ? "" : ": " + query));
            m.put("query", query);
            m.put("searched", !query.isEmpty());
            m.put("hits", hits);
            m.put("unavailable", index.isEmpty());
            return m;
        }, List.of());
    }

    private List<Hit> search(GraphView v, TextIndex index, String query) {
        // Lower case first: Lucene's parser reads AND, OR and NOT as operators, whatever escape()
        // does to the other special characters; the analyzer lower-cases every word anyway.
        String escaped = QueryParserBase.escape(query.toLowerCase(Locale.ROOT));
        Map<String, Hit> best = new LinkedHashMap<>();
        for (TextHit h : index.query(RDFS.label.asNode(), escaped, null, null, PER_FIELD)) {
            Node s = h.getNode();
            Kind kind = Kind.of(v, s);
            add(best, v, kind, s, literal(h), h.getScore());
        }
        for (TextHit h : index.query(SchemaDO.headline.asNode(), escaped, null, null, PER_FIELD)) {
            Node s = h.getNode();
            String text = literal(h);
            if (Iris.isPart(s, "sentence")) {
                for (Node report : v.subjects(Vocab.EVIDENCE, s)) {
                    for (Node event : v.subjectsIn(Iris.EVENTS_GRAPH, Vocab.REPORT, report)) {
                        add(best, v, Kind.EVENT, event, text, h.getScore());
                    }
                }
                Node article = Iris.articleOf(s);
                if (article != null) {
                    add(best, v, Kind.ARTICLE, article, text, h.getScore() * 0.9f);
                }
            } else if (Iris.span(s) != null) {
                v.object(s, Vocab.REFERS_TO).ifPresent(e -> add(best, v, Kind.of(v, e), e, text, h.getScore() * 0.8f));
            } else {
                add(best, v, Kind.of(v, s), s, text, h.getScore());
            }
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Hit::score).reversed());
        return out.subList(0, Math.min(SHOWN, out.size()));
    }

    private void add(Map<String, Hit> best, GraphView v, Kind kind, Node s, String snippet, float score) {
        if (!s.isURI()) {
            return;
        }
        Hit old = best.get(s.getURI());
        if (old != null && old.score() >= score) {
            return;
        }
        Link link = kind == Kind.EVENT ? new Link(v.base.href(s.getURI()), EventSummary.title(v, s), s.getURI()) : v.link(s);
        String type = v.objects(s, Vocab.TYPE).stream().filter(t -> !t.equals(Vocab.EVENT)).findFirst().map(v::label).orElse("");
        String cut = snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET) + "…" : snippet;
        best.put(s.getURI(), new Hit(site.messages.in(v.lang).get(kind.messageKey()), link, type, cut, score));
    }

    private static String literal(TextHit h) {
        return h.getLiteral() == null ? "" : h.getLiteral().getLiteralLexicalForm();
    }

    private void json(HttpServletResponse response, String query, List<Hit> hits, boolean available) throws IOException {
        JsonObject result = new JsonObject();
        result.put("query", query);
        result.put("available", available);
        JsonArray array = new JsonArray();
        for (Hit h : hits) {
            JsonObject o = new JsonObject();
            o.put("iri", h.link().iri());
            o.put("href", h.link().href());
            o.put("label", h.link().label());
            o.put("kind", h.kind());
            o.put("type", h.type());
            o.put("snippet", h.snippet());
            o.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
            array.add(o);
        }
        result.put("results", array);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Vary", "Accept, Accept-Language");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Access-Control-Allow-Origin", "*");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(JSON.toString(result));
        out.flush();
    }
}
