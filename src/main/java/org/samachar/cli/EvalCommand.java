package org.samachar.cli;

import org.samachar.UserException;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Corpus;
import org.samachar.eval.EntityClusters;
import org.samachar.eval.EventClusters;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import java.util.HashSet;
import org.samachar.eval.GoldEvent;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.AnalyzedArticle;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.samachar.eval.GoldFile;
import org.samachar.eval.Predictions;
import org.samachar.eval.Scorer;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ArticleExtractor;
import org.samachar.rdf.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract the events of the corpus and score them against the gold annotation:",
                "precision, recall and F1 per event type and overall. An event matches a gold event of",
                "the same article with the same type, at least one shared actor and overlapping times."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}/corpus",
            description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "${env:SAMACHAR_HOME:-.}/src/test/resources/gold/events.tsv",
            description = "Gold events (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--gold-entities", paramLabel = "FILE",
            defaultValue = "${env:SAMACHAR_HOME:-.}/src/test/resources/gold/entity-mentions.tsv",
            description = "Gold entity mentions, for the entity cluster scores (default: ${DEFAULT-VALUE}).")
    Path goldEntities;

    @Option(names = "--gold-event-clusters", paramLabel = "FILE",
            defaultValue = "${env:SAMACHAR_HOME:-.}/src/test/resources/gold/event-clusters.tsv",
            description = "Gold clusters of events across articles (default: ${DEFAULT-VALUE}).")
    Path goldEventClusters;

    @Option(names = "--forget-people", description = {"Leave the people out of the gazetteer, to measure how well",
            "people are found from role cues and resolved across scripts and articles on their own."})
    boolean forgetPeople;

    @Option(names = "--verbose", description = "Also list every missed and every spurious event.")
    boolean verbose;

    @Override
    public Integer call() {
        List<GoldEvent> expected = GoldFile.read(gold);
        Set<String> annotated = expected.stream().map(GoldEvent::article).collect(Collectors.toSet());
        Graph gazetteer = ReferenceData.load().gazetteer();
        if (forgetPeople) {
            gazetteer = withoutPeople(gazetteer);
        }
        ArticleExtractor extractor = new ArticleExtractor(Gazetteer.fromGraph(gazetteer));
        List<GoldEvent> predicted = new ArrayList<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (ArticleSource source : Stores.corpus(corpus).articles()) {
            if (!annotated.contains(source.id())) {
                continue;
            }
            try {
                AnalyzedArticle article = extractor.extract(source, extractor.read(source));
                predicted.addAll(Predictions.of(article));
                mentions.put(article.id(), article.mentions());
                analysed.add(article);
            } catch (BadArticleException e) {
                throw new UserException(source.file() + " " + e.getMessage());
            }
        }
        Scorer.Result r = new Scorer().score(expected, predicted);
        System.out.printf(Locale.ROOT, "%-20s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "match", "P", "R", "F1");
        r.byType().forEach((type, c) -> row(type, c));
        row("overall", r.overall());
        System.out.printf(Locale.ROOT, "modality agrees on %.0f%% of matched events; %d articles, %d gold events%n",
                100 * r.modalityAccuracy(), annotated.size(), expected.size());
        if (Files.isRegularFile(goldEventClusters)) {
            EventResolver resolver = new EventResolver(new EventMatch(EventResolver.countries(gazetteer)));
            EntityClusters.Result c = EventClusters.score(r.matches(), EventClusters.read(goldEventClusters),
                    EventClusters.predicted(analysed, resolver));
            System.out.printf(Locale.ROOT, "event clusters across articles (B³): P %.2f R %.2f F1 %.2f over %d matched events%n",
                    c.precision(), c.recall(), c.f1(), c.items());
        }
        if (Files.isRegularFile(goldEntities)) {
            EntityClusters.Result e = EntityClusters.score(EntityClusters.read(goldEntities), mentions);
            System.out.printf(Locale.ROOT, "entity clusters (B³): P %.2f R %.2f F1 %.2f over %d written forms of names,"
                    + " %d found%n", e.precision(), e.recall(), e.f1(), e.items(), e.found());
            if (verbose) {
                e.unfound().forEach(g -> System.out.println("unfound  " + g.article() + " " + g.surface() + " " + g.entity()));
            }
        }
        if (verbose) {
            r.missed().forEach(g -> System.out.println("missed   " + g.article() + " " + g.id() + " " + g.type() + " " + g.actors()
                    + " " + g.time() + " | " + g.evidence()));
            r.spurious().forEach(p -> System.out.println("spurious " + p.article() + " " + p.type() + " " + p.actors()
                    + " " + p.time() + " | " + p.evidence()));
        }
        return 0;
    }

    private static Graph withoutPeople(Graph gazetteer) {
        Graph copy = GraphFactory.createDefaultGraph();
        Set<Node> people = new HashSet<>();
        gazetteer.find(Node.ANY, RDF.type.asNode(), SchemaDO.Person.asNode()).forEachRemaining(t -> people.add(t.getSubject()));
        gazetteer.find().forEachRemaining(t -> {
            if (!people.contains(t.getSubject())) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static void row(String label, Scorer.Counts c) {
        System.out.printf(Locale.ROOT, "%-20s %5d %5d %5d %6.2f %6.2f %6.2f%n", label,
                c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(), c.truePositives(),
                c.precision(), c.recall(), c.f1());
    }
}
