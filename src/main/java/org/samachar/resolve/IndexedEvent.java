package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.samachar.vocab.Iris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the index graph keeps of each event so that incremental resolution can continue the
 * clustering from it without reading its articles or comparing its reports again: its reports
 * as they were ({@code idx:report}, in {@link ReportCodec}'s form, the same literal that files the
 * report under its keys, so the store holds it once) and the joins of the clustering that made
 * it ({@code idx:joins}, "i.j" pairs of positions among its reports sorted by IRI, in clustering
 * order). Re-finding the joins meant comparing the reports of an event pairwise, the square of
 * its size, and its reports meant a lookup each in their articles: for events of hundreds of
 * reports, most of what one changed article cost. Both are functions of the reports, so an
 * updated store holds what a clean build writes.
 */
final class IndexedEvent {

    private static final Node REPORT = IndexGraph.property("report");
    private static final Node JOINS = IndexGraph.property("joins");
    /**
     * Instead of {@code idx:joins}, on a sealed event ({@link Sealing}): the report whose time the
     * event has ({@link ReportCodec#shorten}, empty when none has a time), which a report joining
     * it must be compared with when its time is as narrow, and which the events graph does not
     * say. A sealed event is never replayed, so its joins are not kept.
     */
    private static final Node SEALED = IndexGraph.property("sealed");

    private IndexedEvent() {
    }

    /** The index's node for the event {@code event} of the events graph. */
    static Node node(Node event) {
        String iri = event.getURI();
        return IndexGraph.node("event/" + (iri.startsWith(Iris.ID + "event/") ? iri.substring((Iris.ID + "event/").length())
                : IndexGraph.path(iri)));
    }

    /**
     * The quads of one event.
     *
     * @param members its reports, sorted by IRI
     * @param joins   the joins among them, in clustering order
     */
    static Set<Quad> quads(Node event, List<EventReport> members, List<Edge> joins) {
        Node s = node(event);
        Set<Quad> out = new LinkedHashSet<>();
        Map<String, Integer> at = new HashMap<>();
        for (EventReport r : members) {
            at.put(r.iri(), at.size());
            out.add(report(s, r));
        }
        if (!joins.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Edge e : joins) {
                text.append(text.isEmpty() ? "" : " ").append(at.get(e.low().iri())).append('.').append(at.get(e.high().iri()));
            }
            out.add(new Quad(IndexGraph.GRAPH, s, JOINS, NodeFactory.createLiteralString(text.toString())));
        }
        return out;
    }

    /**
     * The quads of a sealed event.
     *
     * @param members its reports
     * @param time    the report whose time it has
     */
    static Set<Quad> sealedQuads(Node event, List<EventReport> members, Optional<String> time) {
        Node s = node(event);
        Set<Quad> out = new LinkedHashSet<>();
        members.forEach(r -> out.add(report(s, r)));
        out.add(sealedMark(event, time));
        return out;
    }

    /** The quad that files a report as one of the event's in the index. */
    static Quad report(Node indexNode, EventReport r) {
        return new Quad(IndexGraph.GRAPH, indexNode, REPORT, NodeFactory.createLiteralString(ReportCodec.encode(r)));
    }

    /** The quad that says the event is sealed, with the report whose time it has. */
    static Quad sealedMark(Node event, Optional<String> time) {
        return new Quad(IndexGraph.GRAPH, node(event), SEALED, NodeFactory.createLiteralString(time.map(ReportCodec::shorten).orElse("")));
    }

    /**
     * Whether the event is sealed, and if so the report whose time it has (empty string: none).
     * Empty for an event that is still clustered.
     */
    static Optional<String> sealed(DatasetGraph dataset, Node event) {
        var it = dataset.find(IndexGraph.GRAPH, node(event), SEALED, Node.ANY);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        String time = it.next().getObject().getLiteralLexicalForm();
        return Optional.of(time.isEmpty() ? "" : ReportCodec.expand(time));
    }

    /** The reports of an event as the index has them, by IRI. */
    static List<EventReport> members(DatasetGraph dataset, Node event, Function<String, EventReport> decode) {
        List<EventReport> members = new ArrayList<>();
        dataset.find(IndexGraph.GRAPH, node(event), REPORT, Node.ANY)
                .forEachRemaining(q -> members.add(decode.apply(q.getObject().getLiteralLexicalForm())));
        members.sort(java.util.Comparator.comparing(EventReport::iri));
        return members;
    }

    /**
     * The event as the index has it.
     *
     * @param decode a report from its literal (decoded reports are shared with the key lookups)
     * @throws IllegalStateException when the index does not have it, or its joins are no clustering of its reports
     */
    static OldCluster read(DatasetGraph dataset, Node event, Function<String, EventReport> decode) {
        Node s = node(event);
        List<EventReport> members = members(dataset, event, decode);
        if (members.isEmpty()) {
            throw new IllegalStateException("the index graph has no reports of " + event.getURI());
        }
        List<Edge> joins = new ArrayList<>();
        var it = dataset.find(IndexGraph.GRAPH, s, JOINS, Node.ANY);
        if (it.hasNext()) {
            for (String pair : it.next().getObject().getLiteralLexicalForm().split(" ")) {
                int dot = pair.indexOf('.');
                joins.add(Edge.between(member(members, pair.substring(0, dot), event),
                        member(members, pair.substring(dot + 1), event)));
            }
        }
        return new OldCluster(event, members, joins);
    }

    /** Makes {@code desired} the index's quads of {@code event}; adds the quads removed and added to {@code changed}. */
    static void replace(DatasetGraph dataset, Node event, Set<Quad> desired, long[] changed) {
        EventsGraphPatch.replace(dataset, IndexGraph.GRAPH, node(event), desired, changed);
    }

    private static EventReport member(List<EventReport> members, String position, Node event) {
        try {
            return members.get(Integer.parseInt(position));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the joins of " + event.getURI() + " name no report at " + position);
        }
    }
}
