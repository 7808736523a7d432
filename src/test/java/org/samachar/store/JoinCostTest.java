package org.samachar.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.ArticleDigest;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that joins an event of 5,000 reports costs what one that joins an event of 5 does
 * (issue 18, part 2): the work is counted as what the resolution reads of the store — quads of the
 * events graph and the index found, and lookups of one quad — not timed. One store holds both
 * events, each a chain of one report an article, a day apart (so that a month's key of the big
 * one holds more reports than a sealed event keeps there); then one article joins the big event,
 * and another the small one.
 */
class JoinCostTest {

    private static final String ID = Iris.ID;
    private static AfterLoad afterLoad;

    @BeforeAll
    static void reference() {
        afterLoad = new AfterLoad(ReferenceData.load(), "test");
    }

    @Test
    void joiningAnEventOf5000ReportsCostsWhatJoiningOneOf5Does() {
        Map<String, List<Quad>> articles = new TreeMap<>();
        LocalDate start = LocalDate.of(2001, 1, 1);
        for (int i = 0; i < 5_000; i++) {
            String id = String.format("big%05d", i);
            articles.put(id, article(id, start.plusDays(i), "person/vladimir-putin", "person/kim-jong-un"));
        }
        for (int i = 0; i < 5; i++) {
            String id = "small" + i;
            articles.put(id, article(id, start.plusDays(2_000 + i), "person/narendra-modi", "person/joe-biden"));
        }
        DatasetGraph store = RandomArticles.store(articles);
        afterLoad.run(store);
        assertEquals(List.of(5, 5_000), sizes(store));

        long big = join(store, "joins-big", start.plusDays(2_500), "person/vladimir-putin", "person/kim-jong-un");
        assertEquals(List.of(5, 5_001), sizes(store), "the article joined the big event");
        long small = join(store, "joins-small", start.plusDays(2_002), "person/narendra-modi", "person/joe-biden");
        assertEquals(List.of(6, 5_001), sizes(store), "the article joined the small event");

        // Joining the small event reads its few reports, their events graph quads and index entry
        // (about a hundred quads); the big one must cost no more than a few times that, nowhere
        // near its 5,000 reports (the program before read each of them several times: 25,000 quads).
        assertTrue(big <= 3 * small, "joining 5,000 reports read " + big + " quads, joining 5 read " + small);
    }

    /** Adds an article of one meeting of the two, resolves, and returns the quads the resolution read. */
    private static long join(DatasetGraph store, String id, LocalDate published, String a, String b) {
        RandomArticles.write(store, id, article(id, published, a, b));
        long digest = Txn.calculateRead(store, () -> ArticleDigest.read(store));
        Counting counting = new Counting(store);
        AfterLoad.Outcome outcome = afterLoad.run(counting, digest);
        assertTrue(outcome.incremental(), id + " resolved incrementally");
        return counting.read;
    }

    /** The events' sizes in reports, ascending. */
    private static List<Integer> sizes(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Map<Node, Integer> sizes = new java.util.HashMap<>();
            store.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), Node.ANY)
                    .forEachRemaining(q -> sizes.merge(q.getSubject(), 1, Integer::sum));
            return sizes.values().stream().sorted().toList();
        });
    }

    /** An article of one meeting of two people, without a time: it matches the reports of articles 14 days around it. */
    private static List<Quad> article(String id, LocalDate published, String a, String b) {
        Node g = Iris.articleGraph(id);
        Node article = Iris.article(id);
        Node e = Iris.part(article, "event", 0);
        List<Quad> out = new ArrayList<>();
        out.add(new Quad(g, article, Sam.contentHash.asNode(), NodeFactory.createLiteralString("h" + id)));
        out.add(new Quad(g, article, SchemaDO.datePublished.asNode(),
                NodeFactory.createLiteralDT(published.toString(), XSDDatatype.XSDdate)));
        out.add(new Quad(g, e, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + "Meeting")));
        out.add(new Quad(g, e, Sam.modality.asNode(), NodeFactory.createURI(Sam.NS + "Asserted")));
        out.add(new Quad(g, e, Sam.inArticle.asNode(), article));
        for (String actor : List.of(a, b)) {
            out.add(new Quad(g, e, Sam.semHasActor.asNode(), NodeFactory.createURI(ID + actor)));
            out.add(new Quad(g, e, NodeFactory.createURI(Sam.NS + "participant"), NodeFactory.createURI(ID + actor)));
        }
        return out;
    }

    /** The store, counting the quads found in it and its lookups of one quad. */
    private static final class Counting extends DatasetGraphWrapper {
        long read;

        Counting(DatasetGraph store) {
            super(store);
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return Iter.map(super.find(g, s, p, o), q -> {
                read++;
                return q;
            });
        }

        @Override
        public Iterator<Quad> find(Quad q) {
            return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            read++;
            return super.contains(g, s, p, o);
        }

        @Override
        public boolean contains(Quad q) {
            return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }
    }
}
