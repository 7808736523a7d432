package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A sealed event ({@link Sealing}) of the events graph as incremental resolution sees it: without
 * its reports, which a report joining it does not need — whether it has an article is one lookup in
 * the events graph, and what its quads become is what they are plus the joining reports'
 * ({@link SealedAppend}). Its reports are read only when some of them go, or a denial link of one
 * of them changes: then it is written whole.
 */
final class SealedEvent implements SealedJoins.Target {

    private final DatasetGraph dataset;
    private final Node node;
    private final Optional<String> time;
    private final Function<String, EventReport> decode;
    /** The reports the change took out of it, and their articles, which it no longer has. */
    private final List<EventReport> leaving = new ArrayList<>();
    private final Set<String> articlesLeaving = new HashSet<>();
    private List<EventReport> members;

    /**
     * @param time the report whose time it has, as the index says ({@link IndexedEvent#sealed}; empty: none)
     */
    SealedEvent(DatasetGraph dataset, Node node, String time, Function<String, EventReport> decode) {
        this.dataset = dataset;
        this.node = node;
        this.time = time.isEmpty() ? Optional.empty() : Optional.of(time);
        this.decode = decode;
    }

    Node node() {
        return node;
    }

    /** The report whose time the event has, before the change. */
    Optional<String> time() {
        return time;
    }

    /** A report the change took away (or changed: its new version is an added report). */
    void leave(EventReport r) {
        leaving.add(r);
        articlesLeaving.add(r.article());
    }

    List<EventReport> leaving() {
        return leaving;
    }

    /** Whether its reports, less those leaving, include one of the article: one lookup, however many it has. */
    @Override
    public boolean hasArticle(String article) {
        return !articlesLeaving.contains(article)
                && dataset.contains(Iris.EVENTS_GRAPH, node, Sam.provWasDerivedFrom.asNode(), NodeFactory.createURI(article));
    }

    /** Its reports before the change, from the index: read only when it is written whole. */
    List<EventReport> members() {
        if (members == null) {
            members = IndexedEvent.members(dataset, node, decode);
            if (members.isEmpty()) {
                throw new IllegalStateException("the index graph has no reports of the sealed event " + node.getURI());
            }
        }
        return members;
    }

    /** Whether its IRI is that of a report leaving it (EventResolver#iri), so that it must be named anew. */
    boolean losesItsName() {
        return leaving.stream().anyMatch(r -> EventResolver.iri(List.of(r)).equals(node));
    }
}
