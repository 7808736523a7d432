package org.samachar.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.vocab.Iris;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Articles whose graph was written or removed since the events graph and the counts were last
 * brought up to date, each with what it was then: its event reports and the names and entities
 * it mentioned. The build marks an article in the same write transaction as it replaces or removes
 * its graph, so a build killed between the articles and the steps after them leaves the marks,
 * and the next build finishes the work. An article written twice before that keeps its first
 * mark: the events graph still reflects what it was before both.
 */
public final class PendingArticles {

    private static final Node PENDING = IndexGraph.property("pending");
    private static final Node GRAPH_OF = IndexGraph.property("articleGraph");
    private static final Node OLD_REPORT = IndexGraph.property("oldReport");
    private static final Node OLD_NAMES = IndexGraph.property("oldNames");
    private static final Node OLD_ENTITY = IndexGraph.property("oldEntity");
    private static final Node OLD_QUADS = IndexGraph.property("oldQuads");
    private static final Node OLD_TERM = IndexGraph.property("oldDigestTerm");

    /**
     * An article to bring up to date.
     *
     * @param graph       its article graph
     * @param oldReports  its event reports as the events graph has them
     * @param oldNames    how many names it used then (EntityCensus counts)
     * @param oldEntities the entities it named then
     * @param oldQuads    the quads of its graph then
     * @param oldTerm     its {@link ArticleDigest} term then (0: the store did not have it)
     */
    public record Pending(Node graph, List<EventReport> oldReports, long oldNames, Set<String> oldEntities,
                          long oldQuads, long oldTerm) {
    }

    private PendingArticles() {
    }

    public static boolean isPending(DatasetGraph dataset, Node articleGraph) {
        return dataset.contains(IndexGraph.GRAPH, IndexGraph.article(articleGraph), PENDING, Node.ANY);
    }

    /** Marks the article, with what it is now (before the caller replaces it), unless it is marked already. */
    public static void mark(DatasetGraph dataset, Node articleGraph, List<EventReport> reports, long names,
                            Set<String> entities, long quads, long term) {
        if (isPending(dataset, articleGraph)) {
            return;
        }
        Node g = IndexGraph.GRAPH;
        Node a = IndexGraph.article(articleGraph);
        dataset.add(new Quad(g, a, PENDING, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        // The graph as a literal: the index points at no resource of the graph (IndexGraph).
        dataset.add(new Quad(g, a, GRAPH_OF, NodeFactory.createLiteralString(articleGraph.getURI())));
        reports.forEach(r -> dataset.add(new Quad(g, a, OLD_REPORT, NodeFactory.createLiteralString(ReportCodec.encode(r)))));
        dataset.add(new Quad(g, a, OLD_NAMES, NodeFactory.createLiteralDT(Long.toString(names), XSDDatatype.XSDinteger)));
        entities.forEach(e -> dataset.add(new Quad(g, a, OLD_ENTITY, NodeFactory.createLiteralString(e))));
        dataset.add(new Quad(g, a, OLD_QUADS, NodeFactory.createLiteralDT(Long.toString(quads), XSDDatatype.XSDinteger)));
        dataset.add(new Quad(g, a, OLD_TERM, ArticleDigest.literal(term)));
    }

    public static List<Pending> all(DatasetGraph dataset) {
        List<Pending> out = new ArrayList<>();
        dataset.find(IndexGraph.GRAPH, Node.ANY, PENDING, Node.ANY).forEachRemaining(q -> {
            Node a = q.getSubject();
            Node graph = NodeFactory.createURI(one(dataset, a, GRAPH_OF).getLiteralLexicalForm());
            List<EventReport> reports = new ArrayList<>();
            dataset.find(IndexGraph.GRAPH, a, OLD_REPORT, Node.ANY)
                    .forEachRemaining(x -> reports.add(ReportCodec.decode(x.getObject().getLiteralLexicalForm())));
            Set<String> entities = new TreeSet<>();
            dataset.find(IndexGraph.GRAPH, a, OLD_ENTITY, Node.ANY)
                    .forEachRemaining(x -> entities.add(x.getObject().getLiteralLexicalForm()));
            long names = Long.parseLong(one(dataset, a, OLD_NAMES).getLiteralLexicalForm());
            long quads = Long.parseLong(one(dataset, a, OLD_QUADS).getLiteralLexicalForm());
            // An older program's marks have no term; its index has no digest either, so the
            // next build resolves from scratch and never compares this 0.
            var term = dataset.find(IndexGraph.GRAPH, a, OLD_TERM, Node.ANY);
            long oldTerm = term.hasNext() ? Long.parseLong(term.next().getObject().getLiteralLexicalForm()) : 0;
            out.add(new Pending(graph, reports, names, entities, quads, oldTerm));
        });
        out.sort(java.util.Comparator.comparing(p -> p.graph().getURI()));
        return out;
    }

    /** Forgets every mark (after the events graph and the counts were brought up to date). */
    public static void clear(DatasetGraph dataset, List<Pending> pending) {
        for (Pending p : pending) {
            dataset.deleteAny(IndexGraph.GRAPH, IndexGraph.article(p.graph()), Node.ANY, Node.ANY);
        }
    }

    /** Whether {@code graph} is an article graph. */
    public static boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(Iris.ARTICLE_GRAPH);
    }

    private static Node one(DatasetGraph dataset, Node s, Node p) {
        var it = dataset.find(IndexGraph.GRAPH, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("the index graph lacks " + p.getURI() + " of " + s.getURI());
        }
        return it.next().getObject();
    }
}
