package org.samachar.stats;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.resolve.ArticleDigest;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Counts the stats graph anew from every article graph of the store: for a store that has none
 * (made before the graph existed, or loaded from N-Quads made elsewhere). Reads every article's
 * mentions and reports once, so it costs what a whole-store aggregate query costs, once.
 */
public final class StatsRecount {

    private static final Logger LOG = LoggerFactory.getLogger(StatsRecount.class);

    private StatsRecount() {
    }

    /**
     * Replaces the stats graph with the counts of the store's articles; call inside a write transaction.
     *
     * @return quads added to the store, less those removed
     */
    public static long run(DatasetGraph dataset) {
        long start = System.nanoTime();
        // Each article graph has its content hash: one index range, not a scan of every quad for the graph names.
        Set<Node> articles = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                articles.add(g);
            }
        });
        StatsGraph.Delta sums = new StatsGraph.Delta();
        long digest = 0;
        for (Node g : articles) {
            sums.add(ArticleStats.of(dataset.getGraph(g)), 1);
            digest += ArticleDigest.term(dataset, g);
        }
        long removed = dataset.stream(StatsGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY).count();
        dataset.deleteAny(StatsGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY);
        long[] added = {0};
        sums.quads(q -> {
            dataset.add(q);
            added[0]++;
        }, digest);
        LOG.info("stats graph counted from {} articles: {} quads in {} s", articles.size(), added[0],
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return added[0] - removed;
    }
}
