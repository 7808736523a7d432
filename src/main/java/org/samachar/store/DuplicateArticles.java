package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.corpus.SourceFormat;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.vocab.Iris;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds crawled articles that are copies of another: the same canonical URL (from the page's
 * metadata, known only once it is parsed) or the same cleaned text. Records of archives and JSON
 * Lines files with the same URL or text are already one article when the corpus is listed; this
 * catches saved pages, and copies across formats. The first article built keeps the graph; in a
 * store with data, an article already stored counts as first. Text files are left alone, as before.
 */
final class DuplicateArticles {

    private final DatasetGraph dataset;
    private final boolean lookInStore;
    private final Map<String, Node> byUrl = new HashMap<>();
    private final Map<String, Node> byBody = new HashMap<>();

    /**
     * @param lookInStore whether the store held articles before this build (not while bulk loading
     *                    an empty store, which cannot be read until it is finished)
     */
    DuplicateArticles(DatasetGraph dataset, boolean lookInStore) {
        this.dataset = dataset;
        this.lookInStore = lookInStore;
    }

    /** Why the article is a copy of another one (to be left out), or empty; remembers it when it is not. */
    Optional<String> check(AnalyzedArticle a, Node graph) {
        if (a.source().format() == SourceFormat.TEXT) {
            return Optional.empty();
        }
        Optional<String> url = a.source().metadata().url();
        if (url.isPresent()) {
            Node first = byUrl.get(url.get());
            if (first == null && lookInStore) {
                first = stored(graph, SchemaDO.url.asNode(), NodeFactory.createURI(url.get()));
            }
            if (first != null && !first.equals(graph)) {
                return Optional.of("is a copy of article " + id(first) + " (the same URL " + url.get() + "); left out");
            }
        }
        Node first = byBody.get(a.body());
        if (first == null && lookInStore) {
            String lang = a.language().code();
            first = stored(graph, SchemaDO.articleBody.asNode(), lang.equals("und")
                    ? NodeFactory.createLiteralString(a.body()) : NodeFactory.createLiteralLang(a.body(), lang));
        }
        if (first != null && !first.equals(graph)) {
            return Optional.of("is a copy of article " + id(first) + " (the same text); left out");
        }
        url.ifPresent(u -> byUrl.put(u, graph));
        byBody.put(a.body(), graph);
        return Optional.empty();
    }

    /** Another article graph of the store with the triple (subject any), or null. */
    private Node stored(Node own, Node predicate, Node object) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, predicate, object);
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (!g.equals(own) && g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                    return g;
                }
            }
            return null;
        });
    }

    private static String id(Node graph) {
        return graph.getURI().substring(Iris.ARTICLE_GRAPH.length());
    }
}
