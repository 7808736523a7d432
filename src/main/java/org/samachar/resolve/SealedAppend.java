package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reports joining a sealed event ({@link Sealing}), written as what they add to its quads instead
 * of the event rewritten whole: its quads are a union over its reports (type, reports, roles,
 * actors, articles, denials) and three choices among them (how many articles, which place, which
 * time), and each choice can be made between what the events graph says now and the joining
 * reports ({@link EventQuads#PLACE}, {@link EventQuads#TIME}; the report whose time it has is
 * kept in the index, for when a joining report's time is as narrow). So joining an event of 5,000
 * reports reads and writes what joining one of 5 does. The result is the quads {@link EventQuads}
 * gives for all its reports, under the IRI it has (a sealed event is not renamed when a report
 * with a lower hash joins it).
 */
final class SealedAppend {

    private final Node event;
    private final List<Quad> removed = new ArrayList<>();
    private final Set<Quad> added = new LinkedHashSet<>();
    private final List<Quad> indexRemoved = new ArrayList<>();
    private final List<Quad> indexAdded = new ArrayList<>();
    /** The quads of the event that the joining reports give, with its new count, place and time: what SHACL checks. */
    private final Set<Quad> view = new LinkedHashSet<>();
    /** Its articles before and after: a sealed event can have shrunk to one, so joining can make it told by many. */
    private long articlesBefore;
    private long articlesAfter;

    private SealedAppend(Node event) {
        this.event = event;
    }

    /**
     * @param joining the reports that join it, none of an article it has
     * @param links   as for {@link EventQuads#of}
     */
    static SealedAppend of(DatasetGraph dataset, SealedEvent sealed, List<EventReport> joining, EventQuads.Links links) {
        Node node = sealed.node();
        SealedAppend out = new SealedAppend(node);
        List<EventReport> sorted = joining.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        Set<Node> chosen = Set.of(Sam.sourceCount.asNode(), Sam.semHasPlace.asNode(),
                Sam.semHasBeginTimeStamp.asNode(), Sam.semHasEndTimeStamp.asNode());
        for (Quad q : EventQuads.of(node, sorted, links)) {
            if (!chosen.contains(q.getPredicate())) {
                out.added.add(q);
                out.view.add(q);
            }
        }
        Map<Node, Quad> now = out.current(dataset);
        // How many articles: one a report, none of an article it has.
        Quad count = now.get(Sam.sourceCount.asNode());
        if (count == null) {
            throw new IllegalStateException("the sealed event " + node.getURI() + " has no source count");
        }
        out.articlesBefore = Long.parseLong(count.getObject().getLiteralLexicalForm());
        out.articlesAfter = out.articlesBefore + sorted.size();
        Quad newCount = EventQuads.sourceCount(node, out.articlesAfter);
        out.replace(count, newCount);
        // Which place.
        Quad place = now.get(Sam.semHasPlace.asNode());
        Optional<String> oldPlace = place == null ? Optional.empty() : Optional.of(place.getObject().getURI());
        Optional<String> newPlace = Stream.concat(oldPlace.stream(),
                sorted.stream().map(EventReport::place).flatMap(Optional::stream)).min(EventQuads.PLACE);
        newPlace.ifPresent(p -> out.replace(place, EventQuads.place(node, p)));
        // Which time: the joining reports' narrowest against the one it has.
        Quad begin = now.get(Sam.semHasBeginTimeStamp.asNode());
        Quad end = now.get(Sam.semHasEndTimeStamp.asNode());
        if (sealed.time().isEmpty() && begin != null) {
            throw new IllegalStateException("the index says the sealed event " + node.getURI() + " has no time, and it has one");
        }
        Optional<EventReport> oldTime = sealed.time().map(iri -> timeOf(iri, begin, end));
        Optional<EventReport> newTime = Stream.concat(oldTime.stream(),
                EventQuads.time(sorted).stream()).min(EventQuads.TIME);
        if (newTime.isPresent()) {
            List<Quad> time = EventQuads.time(node, newTime.get());
            out.replace(begin, time.get(0));
            out.replace(end, time.get(1));
        }
        // The index: its reports, and the report whose time it has.
        Node entry = IndexedEvent.node(node);
        sorted.forEach(r -> out.indexAdded.add(IndexedEvent.report(entry, r)));
        Optional<String> newTimeIri = newTime.map(EventReport::iri);
        if (!newTimeIri.equals(sealed.time())) {
            out.indexRemoved.add(IndexedEvent.sealedMark(node, sealed.time()));
            out.indexAdded.add(IndexedEvent.sealedMark(node, newTimeIri));
        }
        return out;
    }

    /** The quads of the event for its count, place and time, as the events graph has them. */
    private Map<Node, Quad> current(DatasetGraph dataset) {
        Map<Node, Quad> out = new HashMap<>();
        for (Node p : List.of(Sam.sourceCount.asNode(), Sam.semHasPlace.asNode(), Sam.semHasBeginTimeStamp.asNode(),
                Sam.semHasEndTimeStamp.asNode())) {
            var it = dataset.find(Iris.EVENTS_GRAPH, event, p, Node.ANY);
            if (it.hasNext()) {
                out.put(p, it.next());
            }
        }
        return out;
    }

    /** The time the event has, as a report with the IRI of the report it comes from, for comparing. */
    private static EventReport timeOf(String iri, Quad begin, Quad end) {
        if (begin == null || end == null) {
            throw new IllegalStateException("the index says " + iri + " gives a sealed event its time, and it has none");
        }
        Optional<LocalDate> b = Optional.of(LocalDate.parse(begin.getObject().getLiteralLexicalForm()));
        Optional<LocalDate> e = Optional.of(LocalDate.parse(end.getObject().getLiteralLexicalForm()));
        return new EventReport(iri, "", "", Map.of(), Optional.empty(), b, e, Optional.empty(), Set.of());
    }

    /** One quad of a choice in place of another (null: none before). */
    private void replace(Quad old, Quad now) {
        view.add(now);
        if (old != null && old.equals(now)) {
            return;
        }
        if (old != null) {
            removed.add(old);
        }
        added.add(now);
    }

    /** 1 when it becomes told by several articles, 0 otherwise (it only gains articles). */
    long becomesToldByMany() {
        return articlesBefore <= 1 && articlesAfter > 1 ? 1 : 0;
    }

    /** What SHACL checks of it: the quads the joining reports give it, with its count, place and time. */
    Set<Quad> view() {
        return view;
    }

    /**
     * Writes it; adds the events graph's quads removed and added to {@code changed}, and returns
     * the index's quads added less those removed. Call inside a write transaction.
     */
    long write(DatasetGraph dataset, long[] changed) {
        for (Quad q : removed) {
            if (dataset.contains(q)) {
                dataset.delete(q);
                changed[0]++;
            }
        }
        for (Quad q : added) {
            if (!dataset.contains(q)) {
                dataset.add(q);
                changed[1]++;
            }
        }
        long n = 0;
        for (Quad q : indexRemoved) {
            if (dataset.contains(q)) {
                dataset.delete(q);
                n--;
            }
        }
        for (Quad q : indexAdded) {
            if (!dataset.contains(q)) {
                dataset.add(q);
                n++;
            }
        }
        return n;
    }
}
