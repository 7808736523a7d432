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
 * Reports of sealed events are filed apart and only some of them ({@link #HELD}).
 */
public final class EventIndex {

    static final Node MEMBER = IndexGraph.property("member");
    /**
     * A report of a sealed event ({@link Sealing}) filed under a key: at most {@link
     * Sealing#heldPerKey} of each sealed event a key ({@link HeldFilings}), the others under none,
     * so that a look-up reads a bounded part of a big event instead of all its reports of the month.
     * Its own property, so that a look-up tells them from the reports of events that are still
     * clustered, which it must find every one of.
     */
    static final Node HELD = IndexGraph.property("held");

    private final DatasetGraph dataset;
    /**
     * The filings and unfilings of the change, kept here until {@link #write} instead of written
     * at once, so that the whole resolution can be planned without writing: a write transaction
     * given up after it wrote corrupts Jena 5.6's node table (AbortedWriteTest). True to add, false
     * to remove; the last word on a quad counts.
     */
    private final Map<Quad, Boolean> changes = new LinkedHashMap<>();
    /** The reports the change filed, by key, for the look-ups. */
    private final Map<Node, List<EventReport>> adding = new HashMap<>();
    /** The reports of sealed events the change held, by key. */
    private final Map<Node, List<EventReport>> holding = new HashMap<>();
    /**
     * The reports under each key read so far. The reports of one event share most of their keys
     * (type, months, actors), and the index does not change while the clustering reads it, so a
     * big event's reports are looked up from memory after the first.
     */
    private final Map<Node, Candidates> filed = new HashMap<>();
    private final Map<String, EventReport> decoded = new HashMap<>();

    /**
     * The reports filed under some keys.
     *
     * @param open those of events that are still clustered: every one under the keys
     * @param held those of sealed events that stay filed
     */
    record Candidates(List<EventReport> open, List<EventReport> held) {
    }

    public EventIndex(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The quads that file the report. */
    public static void quads(EventReport r, Consumer<Quad> sink) {
        Node literal = literal(r);
        for (Node key : filedUnder(r)) {
            sink.accept(new Quad(IndexGraph.GRAPH, key, MEMBER, literal));
        }
    }

    /** The quad that files a report of a sealed event under {@code key}. */
    static Quad held(Node key, EventReport r) {
        return new Quad(IndexGraph.GRAPH, key, HELD, literal(r));
    }

    private static Node literal(EventReport r) {
        return NodeFactory.createLiteralString(ReportCodec.encode(r));
    }

    /** Files the report, for the look-ups now and for {@link #write} later. */
    public void add(EventReport r) {
        filed.clear();
        quads(r, q -> {
            adding.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(r);
            changes.put(q, true);
        });
    }

    /**
     * Unfiles the report, for the look-ups now and for {@link #write} later, wherever it is filed
     * (if it was of a sealed event, where it was held); call before the adds.
     */
    public void remove(EventReport r) {
        filed.clear();
        quads(r, q -> changes.put(q, false));
        for (Node key : filedUnder(r)) {
            changes.put(held(key, r), false);
        }
    }

    /**
     * Takes a report that stays in the store out of the keys of clustered events, when its event is
     * sealed or it joins a sealed one; call once the look-ups are done.
     */
    void unfile(EventReport r) {
        filed.clear();
        quads(r, q -> changes.put(q, false));
    }

    /** Files a report of a sealed event under {@code key}, to be written by {@link #write}. */
    void hold(Node key, EventReport r) {
        filed.clear();
        if (changes.put(held(key, r), true) != Boolean.TRUE) {
            holding.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
    }

    /** The reports held under {@code key}, stored (less those the change took out) and held by this change. */
    List<EventReport> heldUnder(Node key) {
        List<EventReport> out = new ArrayList<>();
        dataset.find(IndexGraph.GRAPH, key, HELD, Node.ANY).forEachRemaining(q -> {
            if (changes.get(q) == null) {
                out.add(decode(q.getObject().getLiteralLexicalForm()));
            }
        });
        out.addAll(holding.getOrDefault(key, List.of()));
        return out;
    }

    /**
     * Writes the unfilings, then the filings; returns the quads added less those removed. Call
     * inside a write transaction, once the look-ups are done.
     */
    public long write() {
        long n = 0;
        for (Map.Entry<Quad, Boolean> c : changes.entrySet()) {
            if (!c.getValue() && dataset.contains(c.getKey())) {
                dataset.delete(c.getKey());
                n--;
            }
        }
        for (Map.Entry<Quad, Boolean> c : changes.entrySet()) {
            if (c.getValue() && !dataset.contains(c.getKey())) {
                dataset.add(c.getKey());
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
    Candidates candidates(EventReport r) {
        Map<String, EventReport> open = new LinkedHashMap<>();
        Map<String, EventReport> held = new LinkedHashMap<>();
        for (Node key : searchKeys(r)) {
            Candidates c = filed.computeIfAbsent(key, this::read);
            c.open().forEach(x -> open.putIfAbsent(x.iri(), x));
            c.held().forEach(x -> held.putIfAbsent(x.iri(), x));
        }
        return new Candidates(new ArrayList<>(open.values()), new ArrayList<>(held.values()));
    }

    /** The reports under a key: the stored ones the change did not unfile, and those it filed. */
    private Candidates read(Node key) {
        List<EventReport> open = new ArrayList<>();
        List<EventReport> held = new ArrayList<>();
        dataset.find(IndexGraph.GRAPH, key, Node.ANY, Node.ANY).forEachRemaining(q -> {
            boolean member = q.getPredicate().equals(MEMBER);
            if ((member || q.getPredicate().equals(HELD)) && changes.get(q) == null) {
                (member ? open : held).add(decode(q.getObject().getLiteralLexicalForm()));
            }
        });
        open.addAll(adding.getOrDefault(key, List.of()));
        return new Candidates(open, held);
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
