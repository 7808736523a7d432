package org.samachar.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.UserException;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.eval.CameoRoots;
import org.samachar.eval.EntityClusters;
import org.samachar.eval.EventClusters;
import org.samachar.eval.GoldEvent;
import org.samachar.eval.GoldFile;
import org.samachar.eval.Predictions;
import org.samachar.eval.Scorer;
import org.samachar.extract.ArticleExtractor;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Mention;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract the events of an annotated set and score them against its gold annotation.",
                "An event matches a gold event of the same article with the same type, at least one shared",
                "actor and overlapping times. Sets: seed (corpus/ and src/test/resources/gold/), dev and test",
                "(src/test/resources/eval/; test is never tuned on, so its errors are not listed)."})
public final class EvalCommand implements Callable<Integer> {

    /** The annotated sets: where their articles and gold files are, under the project folder. */
    enum Set {
        seed("corpus", "src/test/resources/gold/events.tsv", "src/test/resources/gold/entity-mentions.tsv",
                "src/test/resources/gold/event-clusters.tsv"),
        dev("src/test/resources/eval/dev", "src/test/resources/eval/dev/events.tsv",
                "src/test/resources/eval/dev/entities.tsv", ""),
        test("src/test/resources/eval/test", "src/test/resources/eval/test/events.tsv",
                "src/test/resources/eval/test/entities.tsv", "");

        final String corpus;
        final String gold;
        final String entities;
        final String clusters;

        Set(String corpus, String gold, String entities, String clusters) {
            this.corpus = corpus;
            this.gold = gold;
            this.entities = entities;
            this.clusters = clusters;
        }
    }

    @Option(names = "--set", paramLabel = "SET", defaultValue = "seed",
            description = "seed, dev or test (default: ${DEFAULT-VALUE}).")
    Set set;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:SAMACHAR_HOME:-.}", hidden = true)
    Path home;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: the set's).")
    Path corpus;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold events (default: the set's).")
    Path gold;

    @Option(names = "--gold-entities", paramLabel = "FILE",
            description = "Gold entity mentions, for the entity cluster scores (default: the set's).")
    Path goldEntities;

    @Option(names = "--gold-event-clusters", paramLabel = "FILE",
            description = "Gold clusters of events across articles (default: the set's, where it has one).")
    Path goldEventClusters;

    @Option(names = "--language", paramLabel = "LANG", description = "Only the articles in this language (gu, hi, en).")
    String language;

    @Option(names = "--forget-people", description = {"Leave the people out of the gazetteer, to measure how well",
            "people are found from role cues and resolved across scripts and articles on their own."})
    boolean forgetPeople;

    @Option(names = "--verbose", description = "Also list every missed and every spurious event (not for --set test).")
    boolean verbose;

    @Option(names = "--article", paramLabel = "ID", description = {"Print every event extracted from this article, with its",
            "trigger, and the gold events of the article (not for --set test)."})
    String article;

    @Override
    public Integer call() {
        if ((verbose || article != null) && set == Set.test) {
            throw new UserException("--verbose is refused for --set test: the test set is never tuned on, so its"
                    + " errors are not listed; read the dev set's (--set dev --verbose)");
        }
        Path corpusDir = corpus != null ? corpus : home.resolve(set.corpus);
        Path goldFile = gold != null ? gold : home.resolve(set.gold);
        Path entitiesFile = goldEntities != null ? goldEntities : home.resolve(set.entities);
        Path clustersFile = goldEventClusters != null ? goldEventClusters
                : set.clusters.isEmpty() ? null : home.resolve(set.clusters);
        if (!Files.isRegularFile(goldFile)) {
            throw new UserException("no gold events at " + goldFile);
        }
        List<GoldEvent> expected = GoldFile.read(goldFile);
        if (language != null) {
            java.util.Set<String> inLanguage = Stores.corpus(corpusDir).articles().stream()
                    .filter(a -> a.entry().language().map(language::equals).orElse(false))
                    .map(ArticleSource::id).collect(Collectors.toSet());
            expected = expected.stream().filter(g -> inLanguage.contains(g.article())).toList();
        }
        java.util.Set<String> annotated = expected.stream().map(GoldEvent::article).collect(Collectors.toSet());
        List<EntityClusters.GoldMention> goldMentions = Files.isRegularFile(entitiesFile)
                ? EntityClusters.read(entitiesFile) : List.of();
        ReferenceData reference = ReferenceData.load();
        Graph gazetteer = forgetPeople ? withoutPeople(reference.gazetteer()) : reference.gazetteer();
        ArticleExtractor extractor = new ArticleExtractor(Gazetteer.fromGraph(gazetteer));
        List<GoldEvent> predicted = new ArrayList<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        Map<String, Integer> languages = new TreeMap<>();
        for (ArticleSource source : Stores.corpus(corpusDir).articles()) {
            if (!annotated.contains(source.id())) {
                continue;
            }
            try {
                AnalyzedArticle article = extractor.extract(source, extractor.read(source));
                predicted.addAll(Predictions.of(article, goldMentions));
                mentions.put(article.id(), article.mentions());
                analysed.add(article);
                languages.merge(article.language().code(), 1, Integer::sum);
            } catch (BadArticleException e) {
                throw new UserException(source.file() + " " + e.getMessage());
            }
        }
        if (article != null) {
            analysed.stream().filter(a -> a.id().equals(article)).forEach(a -> a.events().forEach(e ->
                    System.out.println("found  s" + e.sentence() + " " + e.type() + " [" + e.trigger().text() + "] "
                            + e.roles().stream().map(x -> x.role() + "=" + x.entity().name()).toList() + " "
                            + e.time().map(t -> t.value().toString()).orElse("") + " " + e.modality()
                            + " claimed by " + e.claimedBy().stream().map(c -> c.name()).toList()
                            + " | " + a.sentences().get(e.sentence()).text())));
            expected.stream().filter(g -> g.article().equals(article)).forEach(g -> System.out.println("gold   "
                    + g.id() + " " + g.type() + " " + g.roles() + " " + g.time() + " " + g.modality() + " " + g.claimedBy()
                    + " | " + g.evidence()));
            return 0;
        }
        Scorer.Result r = new Scorer().score(expected, predicted);
        System.out.printf(Locale.ROOT, "set %s: %d articles %s, %d gold events%n", set, analysed.size(), languages,
                expected.size());
        System.out.printf(Locale.ROOT, "%-36s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "match", "P", "R", "F1");
        r.byType().forEach(EvalCommand::row);
        row("overall (type + actor + time)", r.overall());
        row("detection (type + time)", r.detection());
        System.out.printf(Locale.ROOT, "role accuracy %.2f (shared actors in the same role); time accuracy %.2f;"
                        + " modality accuracy %.2f; over %d matched events%n",
                r.roleAccuracy(), r.timeAccuracy(), r.modalityAccuracy(), r.matches().size());
        System.out.printf(Locale.ROOT, "actors of matched events: precision %.2f, recall %.2f; place accuracy %.2f;"
                + " claim accuracy %.2f%n", r.actorPrecision(), r.actorRecall(), r.placeAccuracy(), r.claimAccuracy());
        roots(r, new CameoRoots(reference.ontology()));
        if (clustersFile != null && Files.isRegularFile(clustersFile)) {
            EventResolver resolver = new EventResolver(new EventMatch(EventResolver.countries(gazetteer)));
            EntityClusters.Result c = EventClusters.score(r.matches(), EventClusters.read(clustersFile),
                    EventClusters.predicted(analysed, resolver));
            System.out.printf(Locale.ROOT, "event clusters across articles (B³): P %.2f R %.2f F1 %.2f over %d matched events%n",
                    c.precision(), c.recall(), c.f1(), c.items());
        }
        if (!goldMentions.isEmpty()) {
            EntityClusters.Result e = EntityClusters.score(goldMentions, mentions);
            System.out.printf(Locale.ROOT, "entity clusters (B³): P %.2f R %.2f F1 %.2f over %d written forms of names,"
                    + " %d found%n", e.precision(), e.recall(), e.f1(), e.items(), e.found());
            if (verbose) {
                e.unfound().forEach(g -> System.out.println("unfound  " + g.article() + " " + g.surface() + " " + g.entity()));
            }
        }
        if (verbose) {
            r.missed().forEach(g -> System.out.println("missed   " + g.article() + " " + g.id() + " " + g.type() + " "
                    + g.roles() + " " + g.time() + " " + g.modality() + " | " + g.evidence()));
            r.spurious().forEach(p -> System.out.println("spurious " + p.article() + " " + p.type() + " " + p.roles()
                    + " " + p.time() + " " + p.modality() + " | " + p.evidence()));
            for (GoldEvent[] m : r.matches()) {
                if (!java.util.Set.copyOf(m[0].roles()).equals(java.util.Set.copyOf(m[1].roles())) || !m[0].time().equals(m[1].time())
                        || !m[0].modality().equals(m[1].modality()) || !m[0].place().equals(m[1].place())) {
                    System.out.println("differs  " + m[0].article() + " " + m[0].id() + " " + m[0].type() + " gold "
                            + m[0].roles() + " " + m[0].time() + " " + m[0].modality() + " @" + m[0].place() + " / found "
                            + m[1].roles() + " " + m[1].time() + " " + m[1].modality() + " @" + m[1].place() + " | " + m[0].evidence());
                }
            }
        }
        return 0;
    }

    /** The counts summed by CAMEO root category, with the roots the gold or the extractor never has. */
    private static void roots(Scorer.Result r, CameoRoots roots) {
        Map<String, Scorer.Counts> byRoot = new TreeMap<>();
        r.byType().forEach((type, c) -> byRoot.merge(roots.rootOf(type), c,
                (a, b) -> new Scorer.Counts(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
                        a.falseNegatives() + b.falseNegatives())));
        System.out.println("by CAMEO root:");
        java.util.Set<String> all = new HashSet<>(roots.roots().keySet());
        all.addAll(byRoot.keySet());
        new TreeMap<>(all.stream().collect(Collectors.toMap(k -> k, k -> k))).keySet().forEach(code ->
                row(code + " " + roots.roots().getOrDefault(code, "(not a root)"),
                        byRoot.getOrDefault(code, new Scorer.Counts(0, 0, 0))));
        long found = byRoot.entrySet().stream().filter(e -> e.getValue().truePositives() > 0).count();
        System.out.printf(Locale.ROOT, "roots found at least once: %d of %d%n", found, roots.roots().size());
    }

    private static Graph withoutPeople(Graph gazetteer) {
        Graph copy = GraphFactory.createDefaultGraph();
        java.util.Set<Node> people = new HashSet<>();
        gazetteer.find(Node.ANY, RDF.type.asNode(), SchemaDO.Person.asNode()).forEachRemaining(t -> people.add(t.getSubject()));
        gazetteer.find().forEachRemaining(t -> {
            if (!people.contains(t.getSubject())) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static void row(String label, Scorer.Counts c) {
        System.out.printf(Locale.ROOT, "%-36s %5d %5d %5d %6.2f %6.2f %6.2f%n", label,
                c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives(), c.truePositives(),
                c.precision(), c.recall(), c.f1());
    }
}
