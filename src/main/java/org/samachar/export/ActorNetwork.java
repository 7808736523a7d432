package org.samachar.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.samachar.resolve.EventReport;
import org.samachar.resolve.EventResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The actor network of the events: who meets, visits, supplies, warns or accuses whom. Each
 * per-article event gives edges from the actors who act (visitor, supplier, speaker, sender) to
 * those it is done to (host, recipient, target), and between every two participants of a
 * meeting or talks. Read article by article, so memory holds one article's events at a time plus
 * the set of actors seen. Call inside a read transaction.
 */
public final class ActorNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(ActorNetwork.class);
    private static final Set<String> ACTING = Set.of("visitor", "supplier", "speaker", "sender");
    private static final Set<String> ACTED_ON = Set.of("host", "recipient", "target");

    /** One edge: {@code source} does {@code relation} (an event type) to {@code target}. */
    public record Edge(String source, String relation, String target, String date, String event, String article) {
    }

    /** A node: an entity with its label in the chosen language, and its kind (Person, Country...). */
    public record Actor(String id, String label, String type) {
    }

    private ActorNetwork() {
    }

    /** Streams every edge to {@code sink}; returns the actors the edges touch, in order of appearance. */
    public static Set<String> edges(DatasetGraph dataset, Consumer<Edge> sink) {
        Set<String> actors = new LinkedHashSet<>();
        int graphs = 0;
        for (Node g : articleGraphs(dataset)) {
            var graph = dataset.getGraph(g);
            List<Node> events = graph.find(Node.ANY, Sam.modality.asNode(), Node.ANY).mapWith(t -> t.getSubject()).toList();
            for (Node event : events) {
                EventReport r = EventResolver.report(graph, event);
                for (Edge e : edgesOf(r)) {
                    actors.add(e.source());
                    actors.add(e.target());
                    sink.accept(e);
                }
            }
            if (++graphs % 1000 == 0) {
                LOG.info("actor network: {} articles read", graphs);
            }
        }
        return actors;
    }

    static List<Edge> edgesOf(EventReport r) {
        List<Edge> out = new ArrayList<>();
        String date = r.begin().map(Object::toString).orElse("");
        String article = r.article().substring(r.article().lastIndexOf('/') + 1);
        Set<String> acting = new LinkedHashSet<>();
        Set<String> actedOn = new LinkedHashSet<>();
        r.roles().forEach((role, entities) -> {
            if (ACTING.contains(role)) {
                acting.addAll(entities);
            } else if (ACTED_ON.contains(role)) {
                actedOn.addAll(entities);
            }
        });
        for (String s : acting) {
            for (String t : actedOn) {
                if (!s.equals(t)) {
                    out.add(new Edge(s, r.type(), t, date, r.iri(), article));
                }
            }
        }
        List<String> participants = new ArrayList<>(r.inRole("participant"));
        for (int i = 0; i < participants.size(); i++) {
            for (int j = i + 1; j < participants.size(); j++) {
                out.add(new Edge(participants.get(i), r.type(), participants.get(j), date, r.iri(), article));
            }
        }
        return out;
    }

    /** The actor with its label in {@code lang}, else in English, else any. */
    public static Actor actor(DatasetGraph dataset, String iri, String lang) {
        Node node = NodeFactory.createURI(iri);
        String preferred = null;
        String english = null;
        String any = null;
        for (var it = dataset.find(Node.ANY, node, RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            Node l = it.next().getObject();
            if (!l.isLiteral()) {
                continue;
            }
            String lt = l.getLiteralLanguage();
            if (lt.equals(lang)) {
                preferred = l.getLiteralLexicalForm();
            } else if (lt.equals("en") || lt.startsWith("en-")) {
                english = english == null ? l.getLiteralLexicalForm() : english;
            } else {
                any = any == null ? l.getLiteralLexicalForm() : any;
            }
        }
        String type = "";
        for (var it = dataset.find(Node.ANY, node, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Node t = it.next().getObject();
            if (t.isURI() && t.getURI().startsWith("https://schema.org/")) {
                type = t.getURI().substring("https://schema.org/".length());
                break;
            }
        }
        String label = preferred != null ? preferred : english != null ? english : any != null ? any : iri;
        return new Actor(iri, label, type);
    }

    private static List<Node> articleGraphs(DatasetGraph dataset) {
        List<Node> out = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                out.add(g);
            }
        });
        out.sort(java.util.Comparator.comparing(Node::getURI));
        return out;
    }
}
