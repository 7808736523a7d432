package org.samachar.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Article graphs that hold only what resolution and the census read (events, dates, mentions),
 * written the way the build writes them (marked, then replaced); the events are dense in actors
 * and time, with denials within and across articles, so that changes move reports between events
 * and denial links between events that did not change.
 */
final class RandomArticles {

    private static final String ID = Iris.ID;
    private static final List<String> PEOPLE = List.of("person/vladimir-putin", "person/kim-jong-un",
            "person/key-drnvtsn", "country/ru", "country/kp", "org/key-brks");

    private RandomArticles() {
    }

    /** A store of {@code articles}, each written in a transaction of its own, unresolved. */
    static DatasetGraph store(Map<String, List<Quad>> articles) {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        articles.values().forEach(q -> Txn.executeWrite(store, () -> q.forEach(store::add)));
        return store;
    }

    /** Some articles edited, removed or added, each written as the build writes it. */
    static void change(Random random, DatasetGraph store, Map<String, List<Quad>> articles, int n) {
        for (String id : new ArrayList<>(articles.keySet())) {
            int what = random.nextInt(8);
            if (what == 0) {
                articles.remove(id);
                write(store, id, null);
            } else if (what == 1) {
                List<Quad> quads = article(random, id, n);
                articles.put(id, quads);
                write(store, id, quads);
            }
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            String id = "b" + random.nextInt(1000);
            List<Quad> quads = article(random, id, n);
            articles.put(id, quads);
            write(store, id, quads);
        }
    }

    /** What StoreBuilder does for an article: mark it with what it was, then replace (or remove) its graph. */
    static void write(DatasetGraph store, String id, List<Quad> quads) {
        Node g = Iris.articleGraph(id);
        Txn.executeWrite(store, () -> {
            AfterLoad.markPending(store, g);
            store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            if (quads != null) {
                quads.forEach(store::add);
            }
        });
    }

    /** An article graph: its date, events (several of one type, some denying others) and mentions. */
    static List<Quad> article(Random random, String id, int articles) {
        Node g = Iris.articleGraph(id);
        Node a = Iris.article(id);
        List<Quad> out = new ArrayList<>();
        out.add(new Quad(g, a, Sam.contentHash.asNode(), NodeFactory.createLiteralString("h" + random.nextInt())));
        LocalDate published = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(40));
        if (random.nextInt(12) > 0) {
            out.add(new Quad(g, a, SchemaDO.datePublished.asNode(),
                    NodeFactory.createLiteralDT(published.toString(), XSDDatatype.XSDdate)));
        }
        int events = 1 + random.nextInt(4);
        for (int i = 0; i < events; i++) {
            Node e = Iris.part(a, "event", i);
            String type = random.nextInt(5) == 0 ? "Visit" : random.nextInt(4) == 0 ? "Denial" : "Meeting";
            out.add(new Quad(g, e, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + type)));
            out.add(new Quad(g, e, Sam.modality.asNode(), NodeFactory.createURI(Sam.NS + "Asserted")));
            out.add(new Quad(g, e, Sam.inArticle.asNode(), a));
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                Node actor = NodeFactory.createURI(ID + PEOPLE.get(random.nextInt(3 + random.nextInt(4))));
                String role = List.of("participant", "visitor", "host", "speaker").get(random.nextInt(random.nextInt(4) == 0 ? 4 : 1));
                out.add(new Quad(g, e, Sam.semHasActor.asNode(), actor));
                out.add(new Quad(g, e, NodeFactory.createURI(Sam.NS + role), actor));
            }
            if (random.nextInt(3) > 0) {
                LocalDate begin = published.minusDays(random.nextInt(20));
                out.add(new Quad(g, e, Sam.semHasBeginTimeStamp.asNode(), NodeFactory.createLiteralDT(begin.toString(), XSDDatatype.XSDdate)));
                out.add(new Quad(g, e, Sam.semHasEndTimeStamp.asNode(),
                        NodeFactory.createLiteralDT(begin.plusDays(random.nextInt(4) == 0 ? 15 : 0).toString(), XSDDatatype.XSDdate)));
            }
            if (random.nextInt(4) == 0) {
                out.add(new Quad(g, e, Sam.semHasPlace.asNode(), NodeFactory.createURI(ID + (random.nextBoolean() ? "city/moscow" : "country/ru"))));
            }
            if (type.equals("Denial") && random.nextBoolean()) {
                // mostly an event of its own article, sometimes one of another
                Node denied = random.nextInt(3) > 0 ? Iris.part(a, "event", random.nextInt(events))
                        : Iris.part(Iris.article("a" + random.nextInt(articles)), "event", random.nextInt(3));
                out.add(new Quad(g, e, Sam.denies.asNode(), denied));
            }
        }
        for (int m = random.nextInt(4); m > 0; m--) {
            Node mention = Iris.part(a, "mention", m);
            out.add(new Quad(g, mention, Sam.refersTo.asNode(), NodeFactory.createURI(ID + PEOPLE.get(random.nextInt(PEOPLE.size())))));
            if (random.nextInt(5) > 0) {
                out.add(new Quad(g, mention, Sam.matchedLabel.asNode(), NodeFactory.createLiteralLang("name" + random.nextInt(3), "gu")));
            }
        }
        return out;
    }

    static List<String> quads(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(q.toString()));
            lines.sort(null);
            return lines;
        });
    }
}
