package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Corpus;
import org.samachar.corpus.CorpusProblem;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.ArticleExtractor;
import org.samachar.rdf.ArticleGraphWriter;
import org.samachar.rdf.Iris;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.samachar.rdf.ReferenceData;
import org.samachar.rdf.Sam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the knowledge graph of a corpus into a TDB2 dataset: one named graph per article, plus the
 * ontology and gazetteer graphs.
 *
 * <p>Each graph carries the content hash of what produced it. A build compares those hashes with
 * the corpus and touches only what changed: new or edited articles are (re)written, deleted ones
 * removed, the rest skipped, so rebuilding an unchanged corpus changes nothing. An empty store is
 * filled through Jena's bulk loader; a store with data is updated one article per write
 * transaction, so an interrupted build leaves whole articles, never half of one.
 *
 * <p>Articles stream through: each is extracted, validated and handed over as quads before the
 * next is read, so memory does not grow with the corpus.
 */
public final class StoreBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);
    private static final long PROGRESS_EVERY_MS = 2_000;

    private final DatasetGraph dataset;
    private final ReferenceData reference;
    private final ArticleExtractor extractor;
    private final GraphValidator validator;
    private final String fingerprint;
    private final EventResolver resolver;

    public StoreBuilder(DatasetGraph dataset, ReferenceData reference, String fingerprint) {
        this.dataset = dataset;
        this.reference = reference;
        this.extractor = new ArticleExtractor(Gazetteer.fromGraph(reference.gazetteer()));
        this.validator = new GraphValidator(reference.shapes(), reference.gazetteer());
        this.fingerprint = fingerprint;
        this.resolver = new EventResolver(new EventMatch(EventResolver.countries(reference.gazetteer())));
    }

    public BuildReport build(Corpus corpus) {
        long start = System.nanoTime();
        Map<Node, String> stored = Txn.calculateRead(dataset, this::storedHashes);
        boolean bulk = Txn.calculateRead(dataset, () -> dataset.isEmpty());
        long articlesStart = logStep("content hashes of the store", start);
        Run run = new Run(corpus.problems());

        List<Node> gone = new ArrayList<>();
        Set<Node> present = new HashSet<>();
        corpus.articles().forEach(a -> present.add(Iris.articleGraph(a.id())));
        for (Node g : stored.keySet()) {
            if (g.getURI().startsWith(Iris.ARTICLE_GRAPH) && !present.contains(g)) {
                gone.add(g);
            }
        }

        DataLoader loader = null;
        Consumer<List<Quad>> sink;
        if (bulk) {
            loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG));
            loader.startBulk();
            StreamRDF stream = loader.stream();
            sink = quads -> quads.forEach(stream::quad);
        } else {
            sink = quads -> replaceGraph(quads.isEmpty() ? null : quads.get(0).getGraph(), quads);
        }
        try {
            writeReferenceGraph(Iris.ONTOLOGY_GRAPH, reference.ontology(), stored, sink, run);
            writeReferenceGraph(Iris.GAZETTEER_GRAPH, reference.gazetteer(), stored, sink, run);
            Progress progress = new Progress(corpus.articles().size());
            for (ArticleSource source : corpus.articles()) {
                buildArticle(source, stored, sink, run);
                progress.step(run);
            }
            if (loader != null) {
                loader.finishBulk();
            }
            logStep("articles (extraction, SHACL, " + (bulk ? "bulk load)" : "writes)"), articlesStart);
        } catch (RuntimeException e) {
            if (loader != null) {
                loader.finishException(e);
            }
            throw e;
        }
        for (Node g : gone) {
            Txn.executeWrite(dataset, () -> dataset.removeGraph(g));
            LOG.info("removed {} (its file is no longer in the corpus)", g.getURI());
        }
        // Each step after the articles is timed apart: they run over the whole store, so they are
        // what an incremental build of one article still pays (docs/performance.md).
        long step = System.nanoTime();
        // Only the counts are kept: the clusters hold every report, and they stayed reachable through
        // the steps below, while the live heap of a 10K build grew from 1.6 GB to 2.1 GB
        // (docs/performance.md).
        BuildReport.EventCensus events = Txn.calculateWrite(dataset, () -> {
            EventResolver.Outcome outcome = resolver.resolve(dataset);
            return new BuildReport.EventCensus(outcome.reports(), outcome.events(), outcome.toldByMany());
        });
        step = logStep("event resolution", step);
        List<String> eventViolations = Txn.calculateRead(dataset,
                () -> validator.violations(dataset.getGraph(Iris.EVENTS_GRAPH)));
        step = logStep("SHACL of the events graph", step);
        if (!eventViolations.isEmpty()) {
            run.violations.put(Iris.EVENTS_GRAPH.getURI(), eventViolations);
            LOG.warn("{}: {} SHACL violations, first: {}", Iris.EVENTS_GRAPH.getURI(), eventViolations.size(),
                    eventViolations.get(0));
        }
        long storeQuads = Txn.calculateRead(dataset, () -> countQuads());
        step = logStep("quad count", step);
        EntityCensus census = EntityCensus.of(dataset);
        logStep("entity census", step);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildReport(corpus.articles().size(), run.extracted, run.unchanged, gone.size(), run.failed,
                List.copyOf(run.problems), Map.copyOf(run.violations), run.quads, storeQuads, bulk,
                census, events,
                seconds);
    }

    private static long logStep(String what, long since) {
        long now = System.nanoTime();
        LOG.info("{}: {} s", what, String.format(java.util.Locale.ROOT, "%.2f", (now - since) / 1e9));
        return now;
    }

    private void buildArticle(ArticleSource source, Map<Node, String> stored, Consumer<List<Quad>> sink, Run run) {
        String where = source.file().toString();
        byte[] bytes;
        try {
            bytes = extractor.read(source);
        } catch (BadArticleException e) {
            run.fail(where, e.getMessage());
            return;
        }
        String hash = sha256(fingerprint, source.entry().fingerprint(), bytes);
        Node graph = Iris.articleGraph(source.id());
        if (hash.equals(stored.get(graph))) {
            run.unchanged++;
            return;
        }
        AnalyzedArticle article;
        try {
            article = extractor.extract(source, bytes);
        } catch (BadArticleException e) {
            run.fail(where, e.getMessage());
            return;
        }
        if (!source.entry().listed()) {
            run.warn(where, "not listed in " + org.samachar.corpus.Manifest.FILE_NAME + "; language detected as "
                    + article.language().code() + ", publication date unknown");
        }
        if (article.language().code().equals("und")) {
            run.warn(where, "language not recognised (no Gujarati, Devanagari or Latin prose); entities may be missed");
        }
        List<Quad> quads = new ArrayList<>();
        new ArticleGraphWriter(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }).write(article, hash);
        validate(graph, quads, run);
        sink.accept(quads);
        run.extracted++;
        run.quads += quads.size();
        LOG.info("{}: {} {}, {} paragraphs, {} sentences, {} mentions, {} posts, {} lines removed, {} quads",
                source.id(), article.language().code(),
                source.entry().published().map(Object::toString).orElse("(date unknown)"),
                article.paragraphs().size(), article.sentences().size(), article.mentions().size(),
                article.posts().size(), article.removed().stream().mapToInt(b -> b.lastLine() - b.firstLine() + 1).sum(),
                quads.size());
    }

    private void writeReferenceGraph(Node graph, Graph content, Map<Node, String> stored,
                                     Consumer<List<Quad>> sink, Run run) {
        String hash = sha256(fingerprint, graph.getURI(), new byte[0]);
        if (hash.equals(stored.get(graph))) {
            return;
        }
        List<Quad> quads = new ArrayList<>();
        content.find().forEachRemaining(t -> quads.add(Quad.create(graph, t)));
        quads.add(Quad.create(graph, graph, Sam.contentHash.asNode(), NodeFactory.createLiteralString(hash)));
        validate(graph, quads, run);
        sink.accept(quads);
        run.quads += quads.size();
    }

    private void validate(Node graph, List<Quad> quads, Run run) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        List<String> violations = validator.violations(g);
        if (!violations.isEmpty()) {
            run.violations.put(graph.getURI(), violations);
            LOG.warn("{}: {} SHACL violations, first: {}", graph.getURI(), violations.size(), violations.get(0));
        }
    }

    /** Delete-then-insert of one graph in one write transaction. */
    private void replaceGraph(Node graph, List<Quad> quads) {
        if (graph == null) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dataset::add);
        });
    }

    /** Graph → the content hash recorded in it. */
    private Map<Node, String> storedHashes() {
        Map<Node, String> hashes = new LinkedHashMap<>();
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !q.isDefaultGraph()) {
                hashes.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            }
        });
        return hashes;
    }

    private long countQuads() {
        long n = 0;
        for (var it = dataset.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    static String sha256(String fingerprint, String meta, byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(meta.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counters of one build. */
    private static final class Run {
        final List<CorpusProblem> problems;
        final Map<String, List<String>> violations = new LinkedHashMap<>();
        int extracted;
        int unchanged;
        int failed;
        long quads;

        Run(List<CorpusProblem> initial) {
            problems = new ArrayList<>(initial);
            initial.forEach(p -> LOG.warn("{}", p));
        }

        void fail(String where, String message) {
            CorpusProblem p = new CorpusProblem(where, message + "; article skipped", false);
            problems.add(p);
            failed++;
            LOG.error("{}", p);
        }

        void warn(String where, String message) {
            CorpusProblem p = new CorpusProblem(where, message, true);
            problems.add(p);
            LOG.warn("{}", p);
        }
    }

    /** Logs progress at most every two seconds on long builds. */
    private static final class Progress {
        private final int total;
        private final long started = System.currentTimeMillis();
        private long lastLog = started;
        private int done;

        Progress(int total) {
            this.total = total;
        }

        void step(Run run) {
            done++;
            long now = System.currentTimeMillis();
            if (now - lastLog >= PROGRESS_EVERY_MS && done < total) {
                lastLog = now;
                double rate = done * 1000.0 / Math.max(1, now - started);
                LOG.info("progress: {}/{} articles ({} built, {} unchanged, {} failed), {} articles/s",
                        done, total, run.extracted, run.unchanged, run.failed, String.format("%.1f", rate));
            }
        }
    }
}
