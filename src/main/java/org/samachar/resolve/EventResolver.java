package org.samachar.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Which reports tell one event: the clustering behind the named graph {@link Iris#EVENTS_GRAPH},
 * where each cluster is one event with its type, the actors of every report by role, a place and
 * the narrowest time the reports give, {@code sam:report} to each per-article event (which stays
 * in its article's graph with its own modality, claimants and evidence), the articles, how many,
 * and the denials of any report ({@link EventQuads}). Every event is there, told once or many
 * times, so the graph is the list of real-world events. IRIs come from the members, so an
 * unchanged store gives the same graph. A build resolves from scratch only when it must
 * ({@link FullResolution}); after a few articles changed it follows the change through this
 * clustering instead ({@link IncrementalClustering}), with the same result.
 */
public final class EventResolver {

    private final EventMatch match;

    public EventResolver(EventMatch match) {
        this.match = match;
    }

    /** The country of each city of a gazetteer graph, for comparing places. */
    public static Map<String, String> countries(Graph gazetteer) {
        Map<String, String> out = new HashMap<>();
        gazetteer.find(Node.ANY, SchemaDO.containedInPlace.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                out.put(t.getSubject().getURI(), t.getObject().getURI());
            }
        });
        return out;
    }

    /** The clusters of every report of a dataset (for evaluation: the build goes through AfterLoad); call inside a transaction. */
    public List<List<EventReport>> clusters(DatasetGraph dataset) {
        List<EventReport> reports = new ArrayList<>();
        ReportReader.all(dataset, reports::add);
        reports.sort(Comparator.comparing(EventReport::iri));
        return cluster(reports);
    }

    /** The report {@code event} of an article graph. */
    public static EventReport report(Graph graph, Node event) {
        return ReportReader.report(graph, event);
    }

    /**
     * Single-link clusters of reports that {@link EventMatch} calls the same, within each type. Two
     * clusters join only if no article is in both: an article's own events are distinct events.
     * The build's own clustering ({@link TableClustering}), so that evaluation scores what the
     * build writes.
     */
    List<List<EventReport>> cluster(List<EventReport> reports) {
        ReportTable table = new ReportTable();
        reports.forEach(table::add);
        List<List<EventReport>> out = new ArrayList<>();
        for (int[] rows : TableClustering.groups(TableClustering.run(table, match).roots())) {
            List<EventReport> members = new ArrayList<>(rows.length);
            for (int row : rows) {
                members.add(table.get(row));
            }
            out.add(members);
        }
        return out;
    }

    /**
     * An event's IRI: the hash of one of its reports, the one whose hash is lowest. Not a hash of
     * all of them, so that a report joining or leaving an event changes its IRI only when it is
     * that one (one change in n+1 for an event of n reports, whatever the order articles come in),
     * and the event's quads change only where its reports do: with a hash of every report, one
     * article more rewrote events of hundreds of reports whole. An event of one report has the
     * IRI it had under that rule.
     */
    static Node iri(List<EventReport> cluster) {
        String lowest = null;
        for (EventReport r : cluster) {
            String h = hash(r.iri());
            if (lowest == null || h.compareTo(lowest) < 0) {
                lowest = h;
            }
        }
        if (lowest == null) {
            throw new IllegalArgumentException("an event needs a report");
        }
        return NodeFactory.createURI(Iris.ID + "event/" + lowest);
    }

    private static String hash(String iri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
