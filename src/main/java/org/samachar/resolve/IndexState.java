package org.samachar.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the index graph says of the whole store: the fingerprint of the program that made the
 * events graph and the index (a build with another one resolves from scratch, since the rule or
 * the index may have changed), and the totals of the build summary, kept up to date build by
 * build so that no step counts over the whole store.
 *
 * @param fingerprint what made them (see AfterLoad)
 * @param reports     per-article event reports
 * @param events      events of the events graph
 * @param toldByMany  of those, told by several articles
 * @param names       distinct (article, name) pairs of mentions
 * @param entities    distinct entities mentioned
 * @param discovered  of those, people and organisations found in the news
 * @param quads       quads in the store (counting them reads a whole index: O(store)); -1 when not known
 * @param articles    the {@link ArticleDigest} of the article graphs all these are of
 */
public record IndexState(String fingerprint, long reports, long events, long toldByMany, long names, long entities,
                         long discovered, long quads, long articles) {

    private static final Node STATE = IndexGraph.node("state");
    private static final Node FINGERPRINT = IndexGraph.property("fingerprint");
    private static final String[] COUNTS = {"reports", "events", "toldByMany", "names", "entities", "discovered", "quads", "articles"};

    /** The state of the store's index, if it has one. */
    public static Optional<IndexState> read(DatasetGraph dataset) {
        var it = dataset.find(IndexGraph.GRAPH, STATE, FINGERPRINT, Node.ANY);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        String fingerprint = it.next().getObject().getLiteralLexicalForm();
        long[] n = new long[COUNTS.length];
        for (int i = 0; i < n.length; i++) {
            var c = dataset.find(IndexGraph.GRAPH, STATE, IndexGraph.property(COUNTS[i]), Node.ANY);
            if (!c.hasNext()) {
                return Optional.empty();
            }
            n[i] = Long.parseLong(c.next().getObject().getLiteralLexicalForm());
        }
        return Optional.of(new IndexState(fingerprint, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]));
    }

    public void quads(Consumer<Quad> sink) {
        sink.accept(new Quad(IndexGraph.GRAPH, STATE, FINGERPRINT, NodeFactory.createLiteralString(fingerprint)));
        long[] n = {reports, events, toldByMany, names, entities, discovered, quads, articles};
        for (int i = 0; i < n.length; i++) {
            Node value = COUNTS[i].equals("articles") ? ArticleDigest.literal(n[i])
                    : NodeFactory.createLiteralDT(Long.toString(n[i]), XSDDatatype.XSDinteger);
            sink.accept(new Quad(IndexGraph.GRAPH, STATE, IndexGraph.property(COUNTS[i]), value));
        }
    }

    /** This state with the store's quad count. */
    public IndexState withQuads(long n) {
        return new IndexState(fingerprint, reports, events, toldByMany, names, entities, discovered, n, articles);
    }

    /** Replaces the stored state with this one (the same number of quads); call inside a write transaction. */
    public void write(DatasetGraph dataset) {
        dataset.deleteAny(IndexGraph.GRAPH, STATE, Node.ANY, Node.ANY);
        quads(dataset::add);
    }
}
