package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one change does to the sealed events ({@link Sealing}): the reports that leave them, the
 * clusters that join them ({@link SealedJoins}), and how each is written — appended to ({@link
 * SealedAppend}: what the joining reports add, whatever its size), or, when reports leave it or a
 * denial link of one of its reports changes, written whole from its reports (linear in its size,
 * no look-ups). It keeps its IRI unless the report it is named after leaves it; then it is named
 * after the lowest hash of the reports it keeps, as any event is.
 */
final class SealedChanges {

    private final StoreNeighbours store;
    private final EventIndex index;
    private final Sealing sealing;
    private final Map<Node, SealedEvent> touched = new LinkedHashMap<>();
    private final Map<SealedEvent, List<EventReport>> joining = new HashMap<>();
    private final Set<SealedEvent> whole = new HashSet<>();
    /** The IRI of each touched sealed event after the change; absent when it has no report left. */
    private final Map<SealedEvent, Node> names = new HashMap<>();
    /** The sealed event each report held by this change is of. */
    private final Map<String, SealedEvent> heldBy = new HashMap<>();

    SealedChanges(StoreNeighbours store, EventIndex index, Sealing sealing) {
        this.store = store;
        this.index = index;
        this.sealing = sealing;
    }

    /**
     * The removed reports that are of events still clustered, for {@link IncrementalClustering};
     * those of sealed events leave them here.
     */
    List<EventReport> leave(List<EventReport> removed) {
        List<EventReport> clustered = new ArrayList<>();
        for (EventReport r : removed) {
            Optional<SealedEvent> s = store.sealedOf(r.iri());
            if (s.isPresent()) {
                s.get().leave(r);
                touched.putIfAbsent(s.get().node(), s.get());
                whole.add(s.get());
            } else {
                clustered.add(r);
            }
        }
        return clustered;
    }

    /** A new cluster joins a sealed event. */
    void join(SealedEvent s, List<EventReport> cluster) {
        touched.putIfAbsent(s.node(), s);
        joining.computeIfAbsent(s, k -> new ArrayList<>()).addAll(cluster);
    }

    /** The old event {@code event} is to be written whole, if it is sealed (a denial link of one of its reports changes). */
    boolean rewriteIfSealed(Node event) {
        Optional<SealedEvent> s = store.sealed(event);
        if (s.isEmpty()) {
            return false;
        }
        touched.putIfAbsent(event, s.get());
        whole.add(s.get());
        names.putIfAbsent(s.get(), event);
        return true;
    }

    /**
     * Names each touched sealed event after the change, and says which event each of its reports
     * is in when that changes: the joining ones, and all of them when it is renamed.
     */
    void name(Map<String, Node> newEvent) {
        for (SealedEvent s : touched.values()) {
            Node node = s.node();
            if (s.losesItsName()) {
                List<EventReport> after = after(s);
                node = after.isEmpty() ? null : EventResolver.iri(after);
                if (node != null) {
                    Node renamed = node;
                    after.forEach(r -> newEvent.put(r.iri(), renamed));
                }
            }
            if (node != null) {
                names.put(s, node);
                Node n = node;
                joining.getOrDefault(s, List.of()).forEach(r -> newEvent.put(r.iri(), n));
            }
        }
    }

    /**
     * Plans the writes: the sealed events written whole go into {@code rewrite} (by their IRI after
     * the change) and {@code indexQuads}, those renamed or emptied into {@code retired}, the
     * others become appends; the joining reports leave the keys of clustered events, and each is
     * held under a key where its event holds fewer than {@link Sealing#heldPerKey}. Call after
     * {@link #name} and after every {@link #rewriteIfSealed}.
     *
     * @return how many events told by several articles this adds (less those it takes away)
     */
    long plan(DatasetGraph dataset, EventQuads.Links links, Map<Node, List<EventReport>> rewrite,
              Map<Node, Set<Quad>> indexQuads, Set<Node> retired, List<SealedAppend> appends) {
        long many = 0;
        for (SealedEvent s : touched.values()) {
            List<EventReport> joins = joining.getOrDefault(s, List.of());
            Node node = names.get(s);
            if (whole.contains(s)) {
                List<EventReport> after = after(s);
                many += (toldByMany(after) ? 1 : 0) - (toldByMany(s.members()) ? 1 : 0);
                if (node == null || !node.equals(s.node())) {
                    retired.add(s.node());
                }
                if (node != null) {
                    rewrite.put(node, after);
                    indexQuads.put(node, IndexedEvent.sealedQuads(node, after, EventQuads.time(after).map(EventReport::iri)));
                }
            } else {
                SealedAppend append = SealedAppend.of(dataset, s, joins, links);
                many += append.becomesToldByMany();
                appends.add(append);
            }
            for (EventReport r : joins) {
                hold(s, r);
            }
        }
        return many;
    }

    /** How many touched sealed events have no report left. */
    long emptied() {
        return touched.values().stream().filter(s -> !names.containsKey(s)).count();
    }

    /** How many reports joined sealed events, and how many sealed events were written whole. */
    String summary() {
        return String.format(java.util.Locale.ROOT, "%d reports joined %d sealed events, %d of them written whole",
                joining.values().stream().mapToInt(List::size).sum(), joining.size(),
                touched.values().stream().filter(whole::contains).count());
    }

    /** Its reports after the change, by IRI: those it had, less those leaving, with those joining. */
    private List<EventReport> after(SealedEvent s) {
        Set<String> leaving = new HashSet<>();
        s.leaving().forEach(r -> leaving.add(r.iri()));
        Map<String, EventReport> out = new TreeMap<>();
        s.members().stream().filter(r -> !leaving.contains(r.iri())).forEach(r -> out.put(r.iri(), r));
        joining.getOrDefault(s, List.of()).forEach(r -> out.put(r.iri(), r));
        return new ArrayList<>(out.values());
    }

    /** A joining report leaves the keys of clustered events, and is held where its event has room. */
    private void hold(SealedEvent s, EventReport r) {
        index.unfile(r);
        for (Node key : EventIndex.filedUnder(r)) {
            long held = 0;
            for (EventReport h : index.heldUnder(key)) {
                SealedEvent of = heldBy.containsKey(h.iri()) ? heldBy.get(h.iri()) : store.sealedOf(h.iri()).orElse(null);
                if (of == s) {
                    held++;
                }
            }
            if (held < sealing.heldPerKey()) {
                index.hold(key, r);
            }
        }
        heldBy.put(r.iri(), s);
    }

    private static boolean toldByMany(List<EventReport> reports) {
        return reports.stream().map(EventReport::article).distinct().count() > 1;
    }
}
