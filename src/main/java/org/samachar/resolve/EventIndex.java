package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where each event report is filed in the index graph, so that the reports {@link EventMatch}
 * may call the same as a given one are found with a few lookups instead of a read of every report.
 * EventMatch needs the same type and a shared actor, and either overlapping times or, when one
 * report has no time, articles at most {@value EventMatch#DAYS_WITHOUT_TIME} days apart. So a
 * report is filed under (type, month, actor) keys, one per actor and month:
 * <ul>
 *   <li>{@code t}: each month of its time, if it has one;</li>
 *   <li>{@code p}: the month of its article's date, if it has a time;</li>
 *   <li>{@code u}: the month of its article's date, if it has none.</li>
 * </ul>
 * The reports that may match a report with a time are under the {@code t} keys of its months and
 * the {@code u} keys of the months within the allowed days of its date; those that may match one
 * without a time are under the {@code p} and {@code u} keys of those months. Each filing is one quad
 * {@code <…/index/key/TYPE/KIND/MONTH/ACTOR> idx:member "REPORT"}, the report in
 * {@link ReportCodec}'s form, so a lookup gives the candidates without reading their articles.
 */
public final class EventIndex {

    static final Node MEMBER = IndexGraph.property("member");

    private final DatasetGraph dataset;
    /**
     * The filings of the change, kept here until {@link #write} instead of written at once, so that
     * the whole resolution can be planned without writing: a write transaction given up after it
     * wrote corrupts Jena 5.6's node table (AbortedWriteTest).
     */
    private final Map<Node, List<EventReport>> adding = new HashMap<>();
    private final Set<Quad> removing = new LinkedHashSet<>();
    private final Set<Quad> added = new LinkedHashSet<>();
    /**
     * The reports under each key read so far. The reports of one event share most of their keys
     * (type, months, actors), and the index does not change while the clustering reads it, so a
     * big event's reports are looked up from memory after the first.
     */
    private final Map<Node, List<EventReport>> filed = new HashMap<>();
    private final Map<String, EventReport> decoded = new HashMap<>();

    public EventIndex(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The quads that file the report. */
    public static void quads(EventReport r, Consumer<Quad> sink) {
        Node literal = NodeFactory.createLiteralString(ReportCodec.encode(r));
        for (Node key : filedUnder(r)) {
            sink.accept(new Quad(IndexGraph.GRAPH, key, MEMBER, literal));
        }
    }

    /** Files the report, for the look-ups now and for {@link #write} later. */
    public void add(EventReport r) {
        filed.clear();
        quads(r, q -> {
            adding.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(r);
            added.add(q);
        });
    }

    /** Unfiles the report, for the look-ups now and for {@link #write} later; call before the adds. */
    public void remove(EventReport r) {
        filed.clear();
        quads(r, removing::add);
    }

    /**
     * Writes the unfilings, then the filings; returns the quads added less those removed. Call
     * inside a write transaction, once the look-ups are done.
     */
    public long write() {
        long n = 0;
        for (Quad q : removing) {
            if (dataset.contains(q)) {
                dataset.delete(q);
                n--;
            }
        }
        for (Quad q : added) {
            if (!dataset.contains(q)) {
                dataset.add(q);
                n++;
            }
        }
        return n;
    }

    /**
     * Every report filed under a key where a report matching {@code r} would be (r itself
     * included), with the change's filings. Call only once the filing is done for this resolution
     * (the lists are kept).
     */
    List<EventReport> candidates(EventReport r) {
        Map<String, EventReport> out = new LinkedHashMap<>();
        for (Node key : searchKeys(r)) {
            for (EventReport c : filed.computeIfAbsent(key, this::read)) {
                out.putIfAbsent(c.iri(), c);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The reports under a key: the stored ones the change did not unfile, and those it filed. */
    private List<EventReport> read(Node key) {
        List<EventReport> out = new ArrayList<>();
        dataset.find(IndexGraph.GRAPH, key, MEMBER, Node.ANY).forEachRemaining(q -> {
            if (!removing.contains(q)) {
                out.add(decode(q.getObject().getLiteralLexicalForm()));
            }
        });
        out.addAll(adding.getOrDefault(key, List.of()));
        return out;
    }

    /**
     * A report from its literal, decoded once: a report is filed under several keys and its
     * event's reports are read too, and decoding took a good part of each lookup.
     */
    EventReport decode(String literal) {
        return decoded.computeIfAbsent(literal, ReportCodec::decode);
    }

    static Set<Node> filedUnder(EventReport r) {
        Set<Node> out = new LinkedHashSet<>();
        if (r.begin().isPresent()) {
            for (YearMonth m = YearMonth.from(r.begin().get()); !m.isAfter(YearMonth.from(r.end().get())); m = m.plusMonths(1)) {
                keys(r, "t", m, out);
            }
            r.published().ifPresent(d -> keys(r, "p", YearMonth.from(d), out));
        } else {
            r.published().ifPresent(d -> keys(r, "u", YearMonth.from(d), out));
        }
        return out;
    }

    static Set<Node> searchKeys(EventReport r) {
        Set<Node> out = new LinkedHashSet<>();
        if (r.begin().isPresent()) {
            for (YearMonth m = YearMonth.from(r.begin().get()); !m.isAfter(YearMonth.from(r.end().get())); m = m.plusMonths(1)) {
                keys(r, "t", m, out);
            }
        }
        r.published().ifPresent(d -> {
            LocalDate from = d.minusDays(EventMatch.DAYS_WITHOUT_TIME);
            LocalDate to = d.plusDays(EventMatch.DAYS_WITHOUT_TIME);
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                keys(r, "u", m, out);
                if (r.begin().isEmpty()) {
                    keys(r, "p", m, out);
                }
            }
        });
        return out;
    }

    private static void keys(EventReport r, String kind, YearMonth month, Set<Node> out) {
        for (String actor : new java.util.TreeSet<>(r.actors())) {
            out.add(IndexGraph.node("key/" + r.type() + "/" + kind + "/" + month + "/" + IndexGraph.path(actor)));
        }
    }
}
