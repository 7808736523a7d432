package org.samachar.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Resolution from scratch: every report of the store clustered, and the quads of every event and
 * of every report's filing in the index, handed to the caller, which decides how to write them
 * (through the bulk loader into empty graphs, or as differences from the stored ones).
 */
public final class FullResolution {

    private static final Logger LOG = LoggerFactory.getLogger(EventResolver.class);

    /**
     * @param reports    per-article event reports
     * @param events     events
     * @param toldByMany of those, told by several articles
     */
    public record Outcome(long reports, long events, long toldByMany) {
    }

    private FullResolution() {
    }

    /**
     * @param reports     every report of the store, sorted by IRI
     * @param readSeconds how long reading them took, for the log
     * @param events      gets the quads of each event
     * @param index       gets the index graph's quads of the reports
     */
    public static Outcome run(EventResolver resolver, List<EventReport> reports, double readSeconds,
                              Consumer<Set<Quad>> events, Consumer<Quad> index) {
        long start = System.nanoTime();
        List<List<EventReport>> clusters = resolver.cluster(reports);
        long clustered = System.nanoTime();
        Map<String, Node> eventOf = new HashMap<>();
        for (List<EventReport> c : clusters) {
            Node node = EventResolver.iri(c);
            c.forEach(r -> eventOf.put(r.iri(), node));
        }
        Map<String, List<String>> denials = new HashMap<>(); // a report -> the denials of it
        for (EventReport r : reports) {
            r.denies().forEach(d -> denials.computeIfAbsent(d, k -> new ArrayList<>()).add(r.iri()));
        }
        EventQuads.Links links = new EventQuads.Links() {
            @Override
            public Optional<Node> eventOf(String iri) {
                return Optional.ofNullable(eventOf.get(iri));
            }

            @Override
            public List<String> deniersOf(String iri) {
                return denials.getOrDefault(iri, List.of());
            }
        };
        long many = 0;
        for (List<EventReport> c : clusters) {
            events.accept(EventQuads.of(c, links));
            if (c.stream().map(EventReport::article).distinct().count() > 1) {
                many++;
            }
        }
        for (EventReport r : reports) {
            EventIndex.quads(r, index);
        }
        LOG.info("event resolution: {} reports read in {} s, clustered in {} s, events graph written in {} s",
                reports.size(), String.format(java.util.Locale.ROOT, "%.2f", readSeconds), seconds(start, clustered),
                seconds(clustered, System.nanoTime()));
        return new Outcome(reports.size(), clusters.size(), many);
    }

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.2f", (to - from) / 1e9);
    }
}
