package org.samachar.stats;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.resolve.ArticleDigest;
import org.samachar.vocab.Iris;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The named graph {@code …/graph/stats}: counts the example queries need and that no query can
 * make fast over a large store, precomputed and kept up to date article by article — the build
 * and every live batch add a written article's part ({@link ArticleStats}) and take away what the
 * graph held before, in the same write transaction, so a query sees the counts of the articles it
 * sees. Its terms ({@code https://w3id.org/samachar/stats#}) are not part of the ontology, and
 * its subjects are nodes of its own that point at entities (never the entities themselves, so an
 * entity's description and pages stay as they were):
 * <ul>
 *   <li>{@code <…/stats/entity/HASH> stats:entity <e> ; stats:articles n ; stats:mentions m}: the
 *       articles that name the entity and its mentions in them;</li>
 *   <li>{@code <…/stats/pair/HASH> stats:with <e1>, <e2> ; stats:sentences n}: the sentences
 *       that name both;</li>
 *   <li>{@code <…/stats/reports/HASH> stats:eventType <class> ; stats:period "2024-06" ;
 *       stats:reports n}: the event reports of a class whose time begins in that month (or year,
 *       for a time known to the year).</li>
 * </ul>
 * {@code <…/graph/stats> stats:version "1"} says the graph is complete, and
 * {@code stats:articleDigest} of which article graphs ({@link org.samachar.resolve.ArticleDigest});
 * a store without them (made by an older program, or loaded) or whose article graphs were changed
 * outside a build gets the graph counted from all its articles ({@link StatsRecount}).
 */
public final class StatsGraph {

    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "stats");
    public static final String NS = Iris.BASE + "stats#";
    static final String BASE = Iris.BASE + "stats/";
    static final Node ENTITY = property("entity");
    static final Node ARTICLES = property("articles");
    static final Node MENTIONS = property("mentions");
    static final Node WITH = property("with");
    static final Node SENTENCES = property("sentences");
    static final Node EVENT_TYPE = property("eventType");
    static final Node PERIOD = property("period");
    static final Node REPORTS = property("reports");
    static final Node VERSION = property("version");
    static final Node DIGEST = property("articleDigest");
    static final Node CURRENT = NodeFactory.createLiteralString("1");

    private StatsGraph() {
    }

    static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /**
     * Whether the store's stats graph is complete, of this program's kind and of the article
     * graphs the store has: {@code articles} is their {@link org.samachar.resolve.ArticleDigest},
     * and the graph records the digest of the articles whose parts it sums. A graph dropped or
     * replaced outside a build leaves them unequal, and the counts are then made anew. Call
     * inside a transaction.
     */
    public static boolean kept(DatasetGraph dataset, long articles) {
        if (!dataset.contains(GRAPH, GRAPH, VERSION, CURRENT)) {
            return false;
        }
        var it = dataset.find(GRAPH, GRAPH, DIGEST, Node.ANY);
        return it.hasNext() && it.next().getObject().getLiteralLexicalForm().equals(Long.toString(articles));
    }

    /**
     * Replaces an article's part {@code before} with {@code after}; call inside the write
     * transaction that writes the article, and only when {@link #kept}.
     *
     * @return quads added to the store, less those removed
     */
    public static long replace(DatasetGraph dataset, ArticleStats before, ArticleStats after, long digestChange) {
        Delta delta = new Delta();
        delta.add(before, -1);
        delta.add(after, 1);
        if (digestChange != 0) {
            var it = dataset.find(GRAPH, GRAPH, DIGEST, Node.ANY);
            long digest = it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
            dataset.deleteAny(GRAPH, GRAPH, DIGEST, Node.ANY);
            dataset.add(digestQuad(digest + digestChange));
        }
        return delta.write(dataset);
    }

    /** The quad recording the digest of the articles the counts are of. */
    static Quad digestQuad(long articles) {
        return new Quad(GRAPH, GRAPH, DIGEST, ArticleDigest.literal(articles));
    }

    /** Sums of article parts: a change to apply, or (all parts added) the counts of a graph written anew. */
    public static final class Delta {
        private final Map<String, Long> entityArticles = new TreeMap<>();
        private final Map<String, Long> entityMentions = new TreeMap<>();
        private final Map<String, Long> pairs = new TreeMap<>();
        private final Map<String, Long> reports = new TreeMap<>();

        public void add(ArticleStats stats, int sign) {
            stats.mentions().forEach((entity, n) -> {
                entityArticles.merge(entity, (long) sign, Long::sum);
                entityMentions.merge(entity, (long) sign * n, Long::sum);
            });
            stats.pairs().forEach((pair, n) -> pairs.merge(pair, (long) sign * n, Long::sum));
            stats.reports().forEach((key, n) -> reports.merge(key, (long) sign * n, Long::sum));
        }

        /** Adds these sums to the counts of the stats graph; returns quads added less removed. */
        long write(DatasetGraph dataset) {
            long quads = 0;
            for (String entity : entityArticles.keySet()) {
                Node node = entityNode(entity);
                long was = count(dataset, node, ARTICLES);
                long articles = was + entityArticles.get(entity);
                long mentions = count(dataset, node, MENTIONS) + entityMentions.get(entity);
                quads += set(dataset, node, ARTICLES, articles) + set(dataset, node, MENTIONS, articles > 0 ? mentions : 0);
                if (was <= 0 && articles > 0) {
                    dataset.add(GRAPH, node, ENTITY, NodeFactory.createURI(entity));
                    quads++;
                } else if (was > 0 && articles <= 0) {
                    dataset.deleteAny(GRAPH, node, ENTITY, Node.ANY);
                    quads--;
                }
            }
            for (Map.Entry<String, Long> pair : pairs.entrySet()) {
                Node node = pairNode(pair.getKey());
                long was = count(dataset, node, SENTENCES);
                long now = was + pair.getValue();
                quads += set(dataset, node, SENTENCES, now);
                if (was <= 0 && now > 0) {
                    String[] entities = pair.getKey().split(" ", 2);
                    dataset.add(GRAPH, node, WITH, NodeFactory.createURI(entities[0]));
                    dataset.add(GRAPH, node, WITH, NodeFactory.createURI(entities[1]));
                    quads += 2;
                } else if (was > 0 && now <= 0) {
                    dataset.deleteAny(GRAPH, node, WITH, Node.ANY);
                    quads -= 2;
                }
            }
            for (Map.Entry<String, Long> report : reports.entrySet()) {
                Node node = reportNode(report.getKey());
                long was = count(dataset, node, REPORTS);
                long now = was + report.getValue();
                quads += set(dataset, node, REPORTS, now);
                if (was <= 0 && now > 0) {
                    String[] key = report.getKey().split(" ", 2);
                    dataset.add(GRAPH, node, EVENT_TYPE, NodeFactory.createURI(key[0]));
                    dataset.add(GRAPH, node, PERIOD, NodeFactory.createLiteralString(key[1]));
                    quads += 2;
                } else if (was > 0 && now <= 0) {
                    dataset.deleteAny(GRAPH, node, EVENT_TYPE, Node.ANY);
                    dataset.deleteAny(GRAPH, node, PERIOD, Node.ANY);
                    quads -= 2;
                }
            }
            return quads;
        }

        /** Every count as quads, for a graph written anew (all counts positive), of the articles of {@code digest}. */
        public void quads(Consumer<Quad> sink, long digest) {
            sink.accept(digestQuad(digest));
            entityArticles.forEach((entity, articles) -> {
                Node node = entityNode(entity);
                sink.accept(new Quad(GRAPH, node, ENTITY, NodeFactory.createURI(entity)));
                sink.accept(new Quad(GRAPH, node, ARTICLES, integer(articles)));
                sink.accept(new Quad(GRAPH, node, MENTIONS, integer(entityMentions.get(entity))));
            });
            pairs.forEach((pair, n) -> {
                Node node = pairNode(pair);
                String[] entities = pair.split(" ", 2);
                sink.accept(new Quad(GRAPH, node, WITH, NodeFactory.createURI(entities[0])));
                sink.accept(new Quad(GRAPH, node, WITH, NodeFactory.createURI(entities[1])));
                sink.accept(new Quad(GRAPH, node, SENTENCES, integer(n)));
            });
            reports.forEach((key, n) -> {
                Node node = reportNode(key);
                String[] parts = key.split(" ", 2);
                sink.accept(new Quad(GRAPH, node, EVENT_TYPE, NodeFactory.createURI(parts[0])));
                sink.accept(new Quad(GRAPH, node, PERIOD, NodeFactory.createLiteralString(parts[1])));
                sink.accept(new Quad(GRAPH, node, REPORTS, integer(n)));
            });
            sink.accept(new Quad(GRAPH, GRAPH, VERSION, CURRENT));
        }
    }

    private static long count(DatasetGraph dataset, Node node, Node property) {
        var it = dataset.find(GRAPH, node, property, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** Sets a count, none for zero or less; returns quads added less removed. */
    private static long set(DatasetGraph dataset, Node node, Node property, long n) {
        boolean had = dataset.find(GRAPH, node, property, Node.ANY).hasNext();
        dataset.deleteAny(GRAPH, node, property, Node.ANY);
        if (n > 0) {
            dataset.add(GRAPH, node, property, integer(n));
        }
        return (n > 0 ? 1 : 0) - (had ? 1 : 0);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node entityNode(String entity) {
        return NodeFactory.createURI(BASE + "entity/" + hash(entity));
    }

    static Node pairNode(String pair) {
        return NodeFactory.createURI(BASE + "pair/" + hash(pair));
    }

    static Node reportNode(String key) {
        return NodeFactory.createURI(BASE + "reports/" + hash(key));
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
