package org.samachar.cli;

import org.samachar.UserException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.samachar.server.live.RunningServer;
import org.samachar.vocab.Iris;
import org.samachar.vocab.TextSpans;
import org.samachar.rdf.ReferenceData;
import org.samachar.vocab.Sam;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventReport;
import org.samachar.resolve.EventResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code samachar explain IRI}: why an event is the reports it merges (the same rule the build
 * used), or by which names, in which articles, an entity is mentioned and how it was resolved.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Say why an event across articles merges its reports, or how an entity's names were",
                "resolved, article by article. IRI: full (https://w3id.org/samachar/id/...) or from id/ on."})
public final class ExplainCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "IRI", description = "An event (across articles or of one article) or an entity.")
    String iri;

    @Override
    public Integer call() {
        Optional<RunningServer> server = RunningServer.find(store.data);
        if (server.isPresent()) {
            // A server holds the store: it explains with the same code, on the store it serves.
            try (InputStream in = server.get().get("kg/explain", Map.of("iri", iri))) {
                in.transferTo(System.out);
                System.out.flush();
            } catch (IOException e) {
                throw new UserException("reading the explanation from " + server.get().url() + ": " + e.getMessage());
            }
            return 0;
        }
        explain(Stores.open(store.data, true), iri, store.data.toString(), System.out);
        return 0;
    }

    /** Writes the explanation of {@code iri} (an event or an entity) in {@code dsg}, named {@code storeName} in messages. */
    static void explain(DatasetGraph dsg, String iri, String storeName, PrintStream out) {
        if (iri == null || iri.isBlank()) {
            throw new UserException("name an event or entity IRI to explain");
        }
        Node node = NodeFactory.createURI(full(iri));
        EventMatch match = new EventMatch(EventResolver.countries(ReferenceData.load().gazetteer()));
        Txn.executeRead(dsg, () -> {
            Node merged = mergedEvent(dsg, node);
            if (merged != null) {
                explainEvent(dsg, merged, match, out);
            } else if (dsg.find(Node.ANY, Node.ANY, Sam.refersTo.asNode(), node).hasNext()) {
                explainEntity(dsg, node, out);
            } else {
                throw new UserException("no event or mentioned entity " + node.getURI() + " in the store " + storeName);
            }
        });
        out.flush();
    }

    private static String full(String given) {
        String s = given.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.startsWith("http") ? s : Iris.BASE + (s.startsWith("/") ? s.substring(1) : s);
    }

    /** The event across articles this IRI is, or the one that has it as a report. */
    private static Node mergedEvent(DatasetGraph dsg, Node node) {
        if (dsg.find(Iris.EVENTS_GRAPH, node, Sam.report.asNode(), Node.ANY).hasNext()) {
            return node;
        }
        var it = dsg.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.report.asNode(), node);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    private static void explainEvent(DatasetGraph dsg, Node merged, EventMatch match, PrintStream out) {
        List<EventReport> reports = new ArrayList<>();
        dsg.find(Iris.EVENTS_GRAPH, merged, Sam.report.asNode(), Node.ANY).forEachRemaining(q -> {
            Node report = q.getObject();
            var where = dsg.find(Node.ANY, report, Sam.modality.asNode(), Node.ANY);
            if (where.hasNext()) {
                reports.add(EventResolver.report(dsg.getGraph(where.next().getGraph()), report));
            }
        });
        reports.sort(java.util.Comparator.comparing(EventReport::iri));
        out.println(merged.getURI());
        out.println("  " + (reports.isEmpty() ? "?" : reports.get(0).type()) + ", told by "
                + reports.stream().map(EventReport::article).distinct().count() + " article(s):");
        for (EventReport r : reports) {
            out.println("  - " + r.iri());
            out.println("      article  " + r.article() + r.published().map(d -> " (" + d + ")").orElse(""));
            out.println("      actors   " + r.roles());
            r.place().ifPresent(p -> out.println("      place    " + p));
            r.begin().ifPresent(b -> out.println("      time     " + b + "/" + r.end().orElse(b)));
            evidence(dsg, r.iri()).ifPresent(s -> out.println("      evidence " + s));
        }
        for (int i = 1; i < reports.size(); i++) {
            EventReport later = reports.get(i);
            Optional<String> direct = Optional.empty();
            for (int j = 0; j < i && direct.isEmpty(); j++) {
                EventReport earlier = reports.get(j);
                direct = match.same(earlier, later).map(why -> local(later.iri()) + " = " + local(earlier.iri())
                        + ": " + String.join("; ", why));
            }
            out.println("  " + direct.orElse(local(later.iri()) + ": joined through another report"));
        }
        dsg.find(Iris.EVENTS_GRAPH, merged, Sam.deniedBy.asNode(), Node.ANY)
                .forEachRemaining(q -> out.println("  denied by " + q.getObject().getURI()));
    }

    private static void explainEntity(DatasetGraph dsg, Node entity, PrintStream out) {
        out.println(entity.getURI());
        dsg.find(Node.ANY, entity, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> out.println("  label   " + q.getObject()));
        boolean discovered = Iris.isDiscovered(entity.getURI());
        out.println(discovered
                ? "  found in the news after a role or name cue; its IRI is its cross-script name key (sam:nameKey)"
                : "  in the gazetteer (ontology/gazetteer.ttl); names matched by its labels, or by their cross-script key");
        Map<String, Map<String, Integer>> byArticle = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, Sam.refersTo.asNode(), entity).forEachRemaining(q -> {
            Node mention = q.getSubject();
            String surface = TextSpans.text(dsg.getGraph(q.getGraph()), mention).orElse("-");
            // Lean annotations write sam:matchedLabel only where it differs from the text as written.
            String label = dsg.contains(q.getGraph(), mention, Sam.matchedLabel.asNode(), Node.ANY)
                    ? one(dsg, q.getGraph(), mention, Sam.matchedLabel.asNode()) : surface;
            byArticle.computeIfAbsent(q.getGraph().getURI(), k -> new TreeMap<>())
                    .merge(surface + "  (matched " + label + ")", 1, Integer::sum);
        });
        byArticle.forEach((graph, names) -> {
            out.println("  in " + graph);
            names.forEach((name, n) -> out.println("      " + n + " x " + name));
        });
        dsg.find(Node.ANY, Node.ANY, Sam.orgMember.asNode(), entity).forEachRemaining(q -> out.println("  role    "
                + one(dsg, q.getGraph(), q.getSubject(), Sam.orgRole.asNode()) + " of "
                + one(dsg, q.getGraph(), q.getSubject(), Sam.orgOrganization.asNode()) + " in " + q.getGraph().getURI()));
    }

    private static Optional<String> evidence(DatasetGraph dsg, String report) {
        var q = dsg.find(Node.ANY, NodeFactory.createURI(report), Sam.evidence.asNode(), Node.ANY);
        if (!q.hasNext()) {
            return Optional.empty();
        }
        Quad e = q.next();
        return Optional.of(TextSpans.text(dsg.getGraph(e.getGraph()), e.getObject()).orElse("-"));
    }

    private static String one(DatasetGraph dsg, Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        if (!it.hasNext()) {
            return "-";
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }

    private static String local(String iri) {
        int hash = iri.lastIndexOf('/');
        return hash < 0 ? iri : iri.substring(hash + 1);
    }
}
