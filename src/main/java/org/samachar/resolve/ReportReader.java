package org.samachar.resolve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the per-article events (the subjects of {@code sam:modality}) of article graphs as
 * {@link EventReport}s. One lookup gives all of an event's triples and one more its article's
 * date (kept per article), where reading each property apart took nine. Where a property has
 * several values the smallest is taken, so the report does not depend on the order a store
 * returns them in (no article graph has more than one type, place or time per event).
 */
public final class ReportReader {

    /** sam: properties of an event that point at entities without being roles. */
    private static final Set<String> NOT_ROLES = Set.of(Sam.claimedBy.getURI(), Sam.actorNamedAs.getURI(),
            Sam.denies.getURI());

    private ReportReader() {
    }

    /** The event {@code event} of an article graph. */
    public static EventReport report(Graph graph, Node event) {
        return of(event, graph.find(event, Node.ANY, Node.ANY).toList(), article -> published(graph, article));
    }

    /** The events of one article graph, by IRI. */
    public static List<EventReport> reports(Graph graph) {
        List<EventReport> out = new ArrayList<>();
        Map<Node, Optional<LocalDate>> dates = new HashMap<>();
        graph.find(Node.ANY, Sam.modality.asNode(), Node.ANY).forEachRemaining(t ->
                out.add(of(t.getSubject(), graph.find(t.getSubject(), Node.ANY, Node.ANY).toList(),
                        a -> dates.computeIfAbsent(a, x -> published(graph, x)))));
        out.sort(Comparator.comparing(EventReport::iri));
        return out;
    }

    /** Every event of every article graph of the store, in no particular order; call inside a transaction. */
    public static void all(DatasetGraph dataset, Consumer<EventReport> sink) {
        // Dates by article: the events come in the index's order, not article by article.
        Map<Node, Optional<LocalDate>> dates = new HashMap<>();
        var it = dataset.find(Node.ANY, Node.ANY, Sam.modality.asNode(), Node.ANY);
        while (it.hasNext()) {
            var q = it.next();
            Node g = q.getGraph();
            if (!g.isURI() || !g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                continue;
            }
            Graph graph = dataset.getGraph(g);
            List<Triple> triples = new ArrayList<>();
            dataset.find(g, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(x -> triples.add(x.asTriple()));
            sink.accept(of(q.getSubject(), triples, a -> dates.computeIfAbsent(a, x -> published(graph, x))));
        }
    }

    private static Optional<LocalDate> published(Graph graph, Node article) {
        return smallest(graph.find(article, SchemaDO.datePublished.asNode(), Node.ANY).mapWith(Triple::getObject).toList())
                .map(n -> LocalDate.parse(n.getLiteralLexicalForm()));
    }

    /** The report of {@code event} from all its triples; {@code published} gives an article's date. */
    static EventReport of(Node event, List<Triple> triples, java.util.function.Function<Node, Optional<LocalDate>> published) {
        Set<Node> actors = new HashSet<>();
        List<Node> types = new ArrayList<>();
        List<Node> articles = new ArrayList<>();
        List<Node> places = new ArrayList<>();
        List<Node> begins = new ArrayList<>();
        List<Node> ends = new ArrayList<>();
        Set<String> denies = new TreeSet<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(Sam.semHasActor.asNode())) {
                actors.add(o);
            } else if (p.equals(RDF.type.asNode()) && o.isURI() && o.getURI().startsWith(Sam.NS)) {
                types.add(o);
            } else if (p.equals(Sam.inArticle.asNode())) {
                articles.add(o);
            } else if (p.equals(Sam.semHasPlace.asNode())) {
                places.add(o);
            } else if (p.equals(Sam.semHasBeginTimeStamp.asNode())) {
                begins.add(o);
            } else if (p.equals(Sam.semHasEndTimeStamp.asNode())) {
                ends.add(o);
            } else if (p.equals(Sam.denies.asNode())) {
                denies.add(o.getURI());
            }
        }
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Triple t : triples) {
            String p = t.getPredicate().getURI();
            if (actors.contains(t.getObject()) && p.startsWith(Sam.NS) && !NOT_ROLES.contains(p)) {
                roles.computeIfAbsent(p.substring(Sam.NS.length()), k -> new TreeSet<>()).add(t.getObject().getURI());
            }
        }
        String type = smallest(types).map(n -> n.getURI().substring(Sam.NS.length())).orElse("Event");
        Node article = smallest(articles).orElse(event);
        Optional<LocalDate> begin = smallest(begins).map(n -> day(n, true));
        Optional<LocalDate> end = smallest(ends).map(n -> day(n, false));
        return new EventReport(event.getURI(), article.getURI(), type, roles,
                smallest(places).map(Node::getURI), begin, end.isPresent() ? end : begin,
                published.apply(article), denies);
    }

    private static Optional<Node> smallest(List<Node> nodes) {
        return nodes.stream().min(Comparator.comparing(Node::toString));
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
}
