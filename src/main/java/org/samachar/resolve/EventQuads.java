package org.samachar.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The quads of one event of the events graph, from the reports merged into it: its type, the
 * actors of every report by role, {@code sam:report} to each report, the articles and how many,
 * a place, the narrowest time, the events its reports deny and the denials of its reports. Used
 * alike by the full resolution and the incremental one, which differ only in how they know the
 * event of a denied report and the denials of a report.
 */
final class EventQuads {

    /** Which place an event has of its reports' places: a city where one report names it, else the first place given. */
    static final Comparator<String> PLACE = Comparator.comparing((String p) -> !p.contains("/city/")).thenComparing(p -> p);

    /** Which report's time an event has: the narrowest, of the reports with a time. */
    static final Comparator<EventReport> TIME = Comparator
            .comparingLong((EventReport r) -> ChronoUnit.DAYS.between(r.begin().get(), r.end().get()))
            .thenComparing(EventReport::iri);

    /** What an event's quads need to know beyond its own reports. */
    interface Links {
        /** The event that holds the report {@code iri} after this resolution, if it is a report. */
        Optional<Node> eventOf(String iri);

        /** The reports (of any article) that deny the report {@code iri}. */
        List<String> deniersOf(String iri);
    }

    private EventQuads() {
    }

    /** @param cluster the event's reports, by IRI */
    static Set<Quad> of(List<EventReport> cluster, Links links) {
        return of(EventResolver.iri(cluster), cluster, links);
    }

    /**
     * The quads of an event named {@code node} (a sealed event keeps its IRI when a report with a
     * lower hash joins it, {@link Sealing}).
     *
     * @param cluster the event's reports, by IRI
     */
    static Set<Quad> of(Node node, List<EventReport> cluster, Links links) {
        Node g = Iris.EVENTS_GRAPH;
        Set<Quad> out = new LinkedHashSet<>();
        EventReport first = cluster.get(0);
        out.add(new Quad(g, node, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + first.type())));
        Set<String> articles = new TreeSet<>();
        for (EventReport r : cluster) {
            out.add(new Quad(g, node, Sam.report.asNode(), NodeFactory.createURI(r.iri())));
            articles.add(r.article());
            r.roles().forEach((role, entities) -> entities.forEach(e -> {
                out.add(new Quad(g, node, NodeFactory.createURI(Sam.NS + role), NodeFactory.createURI(e)));
                out.add(new Quad(g, node, Sam.semHasActor.asNode(), NodeFactory.createURI(e)));
            }));
            r.denies().forEach(d -> links.eventOf(d).ifPresent(denied -> out.add(new Quad(g, node, Sam.denies.asNode(), denied))));
        }
        articles.forEach(a -> out.add(new Quad(g, node, Sam.provWasDerivedFrom.asNode(), NodeFactory.createURI(a))));
        out.add(sourceCount(node, articles.size()));
        cluster.stream().map(EventReport::place).flatMap(Optional::stream).min(PLACE).ifPresent(p -> out.add(place(node, p)));
        time(cluster).ifPresent(r -> out.addAll(time(node, r)));
        // Denials, in any article, of any report of it.
        for (EventReport r : cluster) {
            links.deniersOf(r.iri()).forEach(d -> out.add(new Quad(g, node, Sam.deniedBy.asNode(), NodeFactory.createURI(d))));
        }
        return out;
    }

    /** The report whose time the event of these reports has. */
    static Optional<EventReport> time(List<EventReport> cluster) {
        return cluster.stream().filter(r -> r.begin().isPresent()).min(TIME);
    }

    static Quad place(Node node, String place) {
        return new Quad(Iris.EVENTS_GRAPH, node, Sam.semHasPlace.asNode(), NodeFactory.createURI(place));
    }

    /** The quads of an event's time, from the report that gives it. */
    static List<Quad> time(Node node, EventReport r) {
        return List.of(new Quad(Iris.EVENTS_GRAPH, node, Sam.semHasBeginTimeStamp.asNode(),
                        NodeFactory.createLiteralDT(r.begin().get().toString(), XSDDatatype.XSDdate)),
                new Quad(Iris.EVENTS_GRAPH, node, Sam.semHasEndTimeStamp.asNode(),
                        NodeFactory.createLiteralDT(r.end().get().toString(), XSDDatatype.XSDdate)));
    }

    static Quad sourceCount(Node node, long articles) {
        return new Quad(Iris.EVENTS_GRAPH, node, Sam.sourceCount.asNode(),
                NodeFactory.createLiteralDT(Long.toString(articles), XSDDatatype.XSDinteger));
    }
}
