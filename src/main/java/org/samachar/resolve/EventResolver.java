package org.samachar.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.rdf.Iris;
import org.samachar.rdf.Sam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the events that several articles tell into one cross-document event each, in the named
 * graph {@link Iris#EVENTS_GRAPH}: its type, the actors of every report by role, a place and the
 * narrowest time the reports give, {@code sam:report} to each per-article event (which stays in
 * its article's graph with its own modality, claimants and evidence), the articles, how many, and
 * the denials of any report. Every event is there, told once or many times, so the graph is the
 * list of real-world events. Recomputed over the whole store after every build (reports are
 * compared within their type only); IRIs come from the members, so an unchanged store gives the
 * same graph.
 */
public final class EventResolver {

    /** What resolution found. */
    public record Outcome(int reports, int events, int toldByMany, List<List<EventReport>> clusters) {
    }

    /** sam: properties of an event that point at entities without being roles. */
    private static final Set<String> NOT_ROLES = Set.of(Sam.claimedBy.getURI(), Sam.actorNamedAs.getURI(),
            Sam.denies.getURI());

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventResolver.class);

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

    /** Reads every report, clusters them and replaces the events graph; call inside a write transaction. */
    public Outcome resolve(DatasetGraph dataset) {
        long start = System.nanoTime();
        List<EventReport> reports = reports(dataset);
        long read = System.nanoTime();
        List<List<EventReport>> clusters = cluster(reports);
        long clustered = System.nanoTime();
        dataset.removeGraph(Iris.EVENTS_GRAPH);
        Map<String, Node> clusterOf = new HashMap<>();
        for (List<EventReport> c : clusters) {
            Node node = iri(c);
            c.forEach(r -> clusterOf.put(r.iri(), node));
        }
        Map<String, List<String>> denials = new HashMap<>(); // a report -> the denials of it
        for (EventReport r : reports) {
            r.denies().forEach(d -> denials.computeIfAbsent(d, k -> new ArrayList<>()).add(r.iri()));
        }
        for (List<EventReport> c : clusters) {
            write(dataset, c, clusterOf, denials);
        }
        LOG.info("event resolution: {} reports read in {} s, clustered in {} s, events graph written in {} s",
                reports.size(), seconds(start, read), seconds(read, clustered), seconds(clustered, System.nanoTime()));
        int many = (int) clusters.stream().filter(c -> c.stream().map(EventReport::article).distinct().count() > 1).count();
        return new Outcome(reports.size(), clusters.size(), many, clusters);
    }

    private static String seconds(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.2f", (to - from) / 1e9);
    }

    /** Every per-article event of the store. */
    public static List<EventReport> reports(DatasetGraph dataset) {
        List<EventReport> out = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                Graph graph = dataset.getGraph(g);
                graph.find(Node.ANY, Sam.modality.asNode(), Node.ANY).forEachRemaining(t -> out.add(report(graph, t.getSubject())));
            }
        });
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    public static EventReport report(Graph graph, Node event) {
        String type = objects(graph, event, RDF.type.asNode()).stream().filter(n -> n.getURI().startsWith(Sam.NS))
                .map(n -> n.getURI().substring(Sam.NS.length())).findFirst().orElse("Event");
        Set<Node> actors = new java.util.HashSet<>(objects(graph, event, Sam.semHasActor.asNode()));
        Map<String, Set<String>> roles = new TreeMap<>();
        graph.find(event, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (actors.contains(t.getObject()) && p.startsWith(Sam.NS) && !NOT_ROLES.contains(p)) {
                roles.computeIfAbsent(p.substring(Sam.NS.length()), k -> new TreeSet<>()).add(t.getObject().getURI());
            }
        });
        Node article = objects(graph, event, Sam.inArticle.asNode()).stream().findFirst().orElse(event);
        Optional<LocalDate> published = objects(graph, article, SchemaDO.datePublished.asNode()).stream().findFirst()
                .map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
        Optional<String> place = objects(graph, event, Sam.semHasPlace.asNode()).stream().findFirst().map(Node::getURI);
        Optional<LocalDate> begin = objects(graph, event, Sam.semHasBeginTimeStamp.asNode()).stream().findFirst()
                .map(n -> day(n, true));
        Optional<LocalDate> end = objects(graph, event, Sam.semHasEndTimeStamp.asNode()).stream().findFirst()
                .map(n -> day(n, false));
        Set<String> denies = new TreeSet<>();
        objects(graph, event, Sam.denies.asNode()).forEach(n -> denies.add(n.getURI()));
        return new EventReport(event.getURI(), article.getURI(), type, roles, place, begin,
                end.isPresent() ? end : begin, published, denies);
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** First or last day of an xsd:date, xsd:gYearMonth or xsd:gYear. */
    static LocalDate day(Node literal, boolean first) {
        String v = literal.getLiteralLexicalForm();
        return switch (v.length()) {
            case 4 -> first ? LocalDate.of(Integer.parseInt(v), 1, 1) : LocalDate.of(Integer.parseInt(v), 12, 31);
            case 7 -> first ? YearMonth.parse(v).atDay(1) : YearMonth.parse(v).atEndOfMonth();
            default -> LocalDate.parse(v);
        };
    }

    /**
     * Single-link clusters of reports that {@link EventMatch} calls the same, within each type. Two
     * clusters join only if no article is in both: an article's own events are distinct events.
     */
    List<List<EventReport>> cluster(List<EventReport> reports) {
        int[] parent = new int[reports.size()];
        Map<Integer, Set<String>> articlesOf = new HashMap<>();
        List<Set<String>> actors = new ArrayList<>(reports.size());
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articlesOf.put(i, new java.util.HashSet<>(Set.of(reports.get(i).article())));
            actors.add(reports.get(i).actors());
        }
        // Blocking: only reports of one type that share a month (of their time, or around their
        // article's date) can be the same event under EventMatch, so only those are compared.
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (String month : months(reports.get(i))) {
                blocks.computeIfAbsent(reports.get(i).type() + " " + month, k -> new ArrayList<>()).add(i);
            }
        }
        // A pair is compared in the first block it shares only. Finding that block from each
        // report's (few) blocks costs no memory, where a set of the pairs compared grew with the
        // square of a block: it held most of the heap at 10K articles (docs/performance.md).
        List<List<Integer>> blocksOf = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            blocksOf.add(new ArrayList<>(4));
        }
        int blockId = 0;
        for (List<Integer> same : blocks.values()) {
            for (int i : same) {
                blocksOf.get(i).add(blockId);
            }
            blockId++;
        }
        blockId = 0;
        for (List<Integer> same : blocks.values()) {
            // EventMatch also needs a shared actor, so within a block a report is compared only with
            // the later reports that share one of its actors, in the order of the block: the same
            // comparisons, in the same order, as all pairs of the block, less those bound to fail.
            Map<String, List<Integer>> withActor = new HashMap<>();
            for (int x = 0; x < same.size(); x++) {
                for (String actor : actors.get(same.get(x))) {
                    withActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(x);
                }
            }
            java.util.BitSet later = new java.util.BitSet(same.size());
            for (int x = 0; x < same.size(); x++) {
                later.clear();
                for (String actor : actors.get(same.get(x))) {
                    List<Integer> at = withActor.get(actor);
                    for (int k = java.util.Collections.binarySearch(at, x) + 1; k < at.size(); k++) {
                        later.set(at.get(k));
                    }
                }
                int a = same.get(x);
                for (int y = later.nextSetBit(0); y >= 0; y = later.nextSetBit(y + 1)) {
                    int b = same.get(y);
                    if (firstShared(blocksOf.get(a), blocksOf.get(b)) != blockId) {
                        continue;
                    }
                    int ri = find(parent, a);
                    int rj = find(parent, b);
                    if (ri != rj && java.util.Collections.disjoint(articlesOf.get(ri), articlesOf.get(rj))
                            && match.same(reports.get(a), reports.get(b)).isPresent()) {
                        parent[ri] = rj;
                        articlesOf.get(rj).addAll(articlesOf.remove(ri));
                    }
                }
            }
            blockId++;
        }
        Map<Integer, List<EventReport>> groups = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** The smallest block id in both ascending lists (there is one: the pair met in a block). */
    private static int firstShared(List<Integer> a, List<Integer> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = Integer.compare(a.get(i), b.get(j));
            if (c == 0) {
                return a.get(i);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    /**
     * The months a report may share with another report of the same event: every month of its
     * time, and for a comparison without time, the months around its article's date (EventMatch
     * allows {@value EventMatch#DAYS_WITHOUT_TIME} days between articles).
     */
    static Set<String> months(EventReport r) {
        Set<String> out = new TreeSet<>();
        if (r.begin().isPresent()) {
            for (YearMonth m = YearMonth.from(r.begin().get()); !m.isAfter(YearMonth.from(r.end().get())); m = m.plusMonths(1)) {
                out.add(m.toString());
            }
        }
        r.published().ifPresent(d -> {
            YearMonth m = YearMonth.from(d);
            out.add("published " + m.minusMonths(1));
            out.add("published " + m);
            out.add("published " + m.plusMonths(1));
        });
        if (out.isEmpty()) {
            out.add("unknown");
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Node iri(List<EventReport> cluster) {
        String members = String.join("\n", cluster.stream().map(EventReport::iri).sorted().toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(Iris.ID + "event/" + HexFormat.of().formatHex(hash, 0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(DatasetGraph dataset, List<EventReport> cluster, Map<String, Node> clusterOf,
                              Map<String, List<String>> denials) {
        Node g = Iris.EVENTS_GRAPH;
        Node node = clusterOf.get(cluster.get(0).iri());
        EventReport first = cluster.get(0);
        dataset.add(new Quad(g, node, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + first.type())));
        Set<String> articles = new TreeSet<>();
        for (EventReport r : cluster) {
            dataset.add(new Quad(g, node, Sam.report.asNode(), NodeFactory.createURI(r.iri())));
            articles.add(r.article());
            r.roles().forEach((role, entities) -> entities.forEach(e -> {
                dataset.add(new Quad(g, node, NodeFactory.createURI(Sam.NS + role), NodeFactory.createURI(e)));
                dataset.add(new Quad(g, node, Sam.semHasActor.asNode(), NodeFactory.createURI(e)));
            }));
            r.denies().forEach(d -> {
                Node denied = clusterOf.get(d);
                if (denied != null) {
                    dataset.add(new Quad(g, node, Sam.denies.asNode(), denied));
                }
            });
        }
        articles.forEach(a -> dataset.add(new Quad(g, node, Sam.provWasDerivedFrom.asNode(), NodeFactory.createURI(a))));
        dataset.add(new Quad(g, node, Sam.sourceCount.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(articles.size()), XSDDatatype.XSDinteger)));
        // The place: a city where one report names it, else the first place given.
        cluster.stream().map(EventReport::place).flatMap(Optional::stream).min(Comparator
                        .comparing((String p) -> !p.contains("/city/")).thenComparing(p -> p))
                .ifPresent(p -> dataset.add(new Quad(g, node, Sam.semHasPlace.asNode(), NodeFactory.createURI(p))));
        // The time: the narrowest a report gives.
        cluster.stream().filter(r -> r.begin().isPresent())
                .min(Comparator.comparingLong((EventReport r) -> ChronoUnit.DAYS.between(r.begin().get(), r.end().get()))
                        .thenComparing(EventReport::iri))
                .ifPresent(r -> {
                    dataset.add(new Quad(g, node, Sam.semHasBeginTimeStamp.asNode(),
                            NodeFactory.createLiteralDT(r.begin().get().toString(), XSDDatatype.XSDdate)));
                    dataset.add(new Quad(g, node, Sam.semHasEndTimeStamp.asNode(),
                            NodeFactory.createLiteralDT(r.end().get().toString(), XSDDatatype.XSDdate)));
                });
        // Denials, in any article, of any report of it.
        cluster.stream().flatMap(r -> denials.getOrDefault(r.iri(), List.of()).stream()).distinct()
                .forEach(d -> dataset.add(new Quad(g, node, Sam.deniedBy.asNode(), NodeFactory.createURI(d))));
    }
}
