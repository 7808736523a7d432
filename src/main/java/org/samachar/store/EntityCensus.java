package org.samachar.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.TextSpans;
import org.samachar.vocab.Sam;
import org.samachar.resolve.IndexGraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * How many names the articles use and how many entities they resolve to: the build summary's view
 * of entity resolution. A name is a matched label within one article ("મોદીને" and "મોદી" are one
 * name, "Modi" in another article another); an entity is a node mentions refer to.
 *
 * <p>The counts are kept, not counted: names add up article by article, and the index graph holds
 * how many articles name each entity, so a build updates them from the articles it wrote
 * ({@link #update}) instead of scanning every mention of the store, which grew with the store
 * (33 s at 10K articles). {@link #of} is the count over the store the kept one must equal.
 *
 * @param names      distinct (article, name) pairs, before resolution
 * @param entities   distinct entities mentioned, after it
 * @param discovered of those, people and organisations found in the news rather than the gazetteer
 */
public record EntityCensus(long names, long entities, long discovered) {

    private static final Node ARTICLES = IndexGraph.property("articles");

    /** A mention without {@code sam:matchedLabel} (lean annotations) matched its text: the body at its IRI's span. */
    private static final String QUERY = """
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT (COUNT(DISTINCT ?name) AS ?names) (COUNT(DISTINCT ?e) AS ?entities)
                   (COUNT(DISTINCT ?new) AS ?discovered)
            WHERE {
              GRAPH ?g {
                ?m sam:refersTo ?e
                OPTIONAL { ?m sam:matchedLabel ?label }
                OPTIONAL { ?a schema:articleBody ?body }
              }
              BIND (xsd:integer(STRBEFORE(STRAFTER(STR(?m), "#char="), ",")) AS ?from)
              BIND (xsd:integer(STRAFTER(STRAFTER(STR(?m), "#char="), ",")) AS ?to)
              BIND (COALESCE(STR(?label), SUBSTR(?body, ?from + 1, ?to - ?from)) AS ?written)
              FILTER (BOUND(?written))
              BIND (CONCAT(STR(?g), " ", ?written) AS ?name)
              BIND (IF(REGEX(STR(?e), "^%s[a-z]+/key-"), ?e, ?unbound) AS ?new)
            }""".formatted(Iris.ID.replace(".", "\\\\."));

    /** The census counted over the whole store, with a query over every mention. */
    public static EntityCensus of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset).query(QUERY).build()) {
                RowSet rows = qe.select();
                var row = rows.next();
                return new EntityCensus(count(row.get("names")), count(row.get("entities")), count(row.get("discovered")));
            }
        });
    }

    private static long count(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    /**
     * One article's part of the census: the names its mentions matched and the entities they refer to.
     *
     * @param names    distinct matched labels (as strings) of mentions that refer to an entity
     * @param entities the entities of mentions that have a matched label
     */
    public record Article(long names, Set<String> entities) {

        public static final Article NONE = new Article(0, Set.of());

        /**
         * The part of an article graph (a graph of the store, or the quads about to be written). A
         * mention without {@code sam:matchedLabel} (lean annotations) matched its own text, which
         * the span of its IRI cuts from the body, so both layers give the same census.
         */
        public static Article of(Graph graph) {
            Set<String> names = new HashSet<>();
            Set<String> entities = new TreeSet<>();
            String[] body = new String[1];
            graph.find(Node.ANY, Sam.refersTo.asNode(), Node.ANY).forEachRemaining(t -> {
                List<Node> labels = graph.find(t.getSubject(), Sam.matchedLabel.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
                if (!labels.isEmpty()) {
                    labels.forEach(l -> names.add(str(l)));
                    entities.add(str(t.getObject()));
                    return;
                }
                if (body[0] == null) {
                    body[0] = graph.find(Node.ANY, SchemaDO.articleBody.asNode(), Node.ANY).nextOptional()
                            .map(b -> b.getObject().getLiteralLexicalForm()).orElse("");
                }
                String written = TextSpans.cut(body[0], Iris.span(t.getSubject()));
                if (written != null) {
                    names.add(written);
                    entities.add(str(t.getObject()));
                }
            });
            return new Article(names.size(), entities);
        }

        private static String str(Node n) {
            return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
    }

    /** The census of whole articles at once (a clean build, a load), with the per-entity counts to keep. */
    public static final class Tally {
        private long names;
        private final Map<String, Integer> articlesOf = new TreeMap<>();

        public void add(Article a) {
            names += a.names();
            a.entities().forEach(e -> articlesOf.merge(e, 1, Integer::sum));
        }

        public EntityCensus census() {
            long discovered = articlesOf.keySet().stream().filter(Iris::isDiscovered).count();
            return new EntityCensus(names, articlesOf.size(), discovered);
        }

        /** The index graph's quads of the per-entity counts. */
        public void quads(Consumer<Quad> sink) {
            articlesOf.forEach((e, n) -> sink.accept(countQuad(e, n)));
        }
    }

    /**
     * This census after some articles changed, from what each was ({@code before}, from its mark)
     * and is ({@code after}), with the per-entity counts of the index graph to write. Reads only;
     * call inside a transaction.
     *
     * @throws IllegalStateException when the index counts fewer articles of an entity than changed
     */
    public Updated update(DatasetGraph dataset, List<Article> before, List<Article> after) {
        long n = names;
        Map<String, Integer> delta = new TreeMap<>();
        for (Article a : before) {
            n -= a.names();
            a.entities().forEach(e -> delta.merge(e, -1, Integer::sum));
        }
        for (Article a : after) {
            n += a.names();
            a.entities().forEach(e -> delta.merge(e, 1, Integer::sum));
        }
        long e = entities;
        long d = discovered;
        long quads = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, Integer> change : delta.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            Node node = IndexGraph.entity(change.getKey());
            var it = dataset.find(IndexGraph.GRAPH, node, ARTICLES, Node.ANY);
            int was = it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
            int now = was + change.getValue();
            if (now < 0) {
                throw new IllegalStateException("the index graph counts " + was + " articles naming " + change.getKey()
                        + ", fewer than changed");
            }
            counts.put(change.getKey(), now);
            quads += (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
            int step = (was == 0 ? 1 : 0) - (now == 0 ? 1 : 0);
            e += step;
            if (Iris.isDiscovered(change.getKey())) {
                d += step;
            }
        }
        return new Updated(new EntityCensus(n, e, d), quads, counts);
    }

    /**
     * @param census     the census after the change
     * @param quadsAdded per-entity count quads added to the index graph, less those removed
     * @param counts     the articles naming each entity whose count changed (0: none now)
     */
    public record Updated(EntityCensus census, long quadsAdded, Map<String, Integer> counts) {

        /** Writes the per-entity counts into the index graph; call inside a write transaction. */
        public void write(DatasetGraph dataset) {
            counts.forEach((entity, n) -> {
                dataset.deleteAny(IndexGraph.GRAPH, IndexGraph.entity(entity), ARTICLES, Node.ANY);
                if (n > 0) {
                    dataset.add(countQuad(entity, n));
                }
            });
        }
    }

    private static Quad countQuad(String entity, int articles) {
        return new Quad(IndexGraph.GRAPH, IndexGraph.entity(entity), ARTICLES,
                NodeFactory.createLiteralDT(Integer.toString(articles), XSDDatatype.XSDinteger));
    }
}
