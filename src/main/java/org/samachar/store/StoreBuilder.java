package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.samachar.resolve.IndexState;
import org.samachar.stats.ArticleStats;
import org.samachar.stats.StatsGraph;
import org.samachar.stats.StatsRecount;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.Corpus;
import org.samachar.corpus.CorpusProblem;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.extract.ArticleExtractor;
import org.samachar.vocab.Iris;
import org.samachar.rdf.Annotations;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.ArticleDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
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
 *
 * <p>What is unchanged is found without reading it where that is sound ({@link StoreBuilderCache}):
 * an article file whose stamp (size, mtime, ctime, inode) and manifest row are those of the last
 * build has the content hash that build computed, and the store's content hashes are read as
 * TDB2 node ids, decoding only those the last build did not see. Without the cache, or with a
 * damaged one, every file is read and hashed and every hash decoded, as before.
 */
public final class StoreBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);
    private static final long PROGRESS_EVERY_MS = 2_000;

    private final DatasetGraph dataset;
    private final ReferenceData reference;
    private final ArticleExtractor extractor;
    private final ArticleQuads articleQuads;
    private final String fingerprint;
    private final Annotations annotations;
    private final AfterLoad afterLoad;
    private Consumer<Node> written = graph -> { };

    /** A builder of lean article graphs. */
    public StoreBuilder(DatasetGraph dataset, ReferenceData reference, String fingerprint) {
        this(dataset, reference, fingerprint, Annotations.LEAN);
    }

    /**
     * A builder writing article graphs with {@code annotations}. The layer is part of the
     * fingerprint every content hash, the build cache and the index are made with, so a build
     * with the other layer rewrites every article graph and resolves from scratch.
     */
    public StoreBuilder(DatasetGraph dataset, ReferenceData reference, String fingerprint, Annotations annotations) {
        this.dataset = dataset;
        this.reference = reference;
        this.extractor = new ArticleExtractor(Gazetteer.fromGraph(reference.gazetteer()));
        this.articleQuads = new ArticleQuads(extractor, new GraphValidator(reference.shapes(), reference.gazetteer()),
                annotations);
        this.fingerprint = annotations.fingerprint(fingerprint);
        this.annotations = annotations;
        this.afterLoad = new AfterLoad(reference, this.fingerprint);
    }

    /** The layer this builder writes article graphs with. */
    public Annotations annotations() {
        return annotations;
    }

    /**
     * Calls {@code listener} with each article graph as soon as it is in the store (after its own
     * write transaction, before the steps after the articles), so that a live server can answer
     * for an article without waiting for event resolution. Not called during a bulk load, whose
     * graphs appear only when it finishes.
     */
    public StoreBuilder onArticleWritten(Consumer<Node> listener) {
        this.written = listener;
        return this;
    }

    public BuildReport build(Corpus corpus) {
        long start = System.nanoTime();
        StoreBuilderCacheRun cache = StoreBuilderCacheRun.start(dataset, fingerprint, corpus.dir());
        Map<Node, String> stored = cache.storedHashes();
        boolean bulk = Txn.calculateRead(dataset, () -> dataset.isEmpty());
        long articlesStart = logStep("content hashes of the store (" + stored.size() + " graphs, "
                + cache.decoded() + " decoded)", start);
        Run run = new Run(corpus.problems());
        run.duplicates = new DuplicateArticles(dataset, !bulk);
        run.articles = ArticleDigest.of(stored);
        long articlesAtStart = run.articles;
        run.statsKept = !bulk && Txn.calculateRead(dataset, () -> StatsGraph.kept(dataset, articlesAtStart));

        List<Node> gone = new ArrayList<>();
        List<Node> graphs = new ArrayList<>(corpus.articles().size());
        corpus.articles().forEach(a -> graphs.add(Iris.articleGraph(a.id())));
        Set<Node> present = new HashSet<>(graphs);
        for (Node g : stored.keySet()) {
            if (g.getURI().startsWith(Iris.ARTICLE_GRAPH) && !present.contains(g)) {
                gone.add(g);
            }
        }

        DataLoader loader = null;
        StreamRDF stream = null;
        AfterLoadBulk resolution = null;
        Consumer<List<Quad>> sink;
        StatsGraph.Delta stats = new StatsGraph.Delta();
        long[] bulkArticles = {0};
        if (bulk) {
            loader = LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG));
            loader.startBulk();
            stream = loader.stream();
            StreamRDF into = stream;
            AfterLoadBulk collect = afterLoad.bulk();
            resolution = collect;
            sink = quads -> {
                quads.forEach(into::quad);
                if (!quads.isEmpty() && quads.get(0).getGraph().getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                    collect.article(quads);
                    stats.add(ArticleStats.of(quads), 1);
                    bulkArticles[0] += ArticleDigest.term(quads.get(0).getGraph(), quads);
                }
            };
        } else {
            sink = quads -> replaceGraph(quads.isEmpty() ? null : quads.get(0).getGraph(), quads, run);
        }
        AfterLoad.Outcome after;
        try {
            writeReferenceGraph(Iris.ONTOLOGY_GRAPH, reference.ontology(), stored, sink, run);
            writeReferenceGraph(Iris.GAZETTEER_GRAPH, reference.gazetteer(), stored, sink, run);
            Progress progress = new Progress(corpus.articles().size());
            for (int i = 0; i < graphs.size(); i++) {
                buildArticle(corpus.articles().get(i), graphs.get(i), stored, sink, run, cache);
                progress.step(run);
            }
            long step = logStep("articles (" + run.read + " files read; extraction, SHACL, " + (bulk ? "bulk load)" : "writes)"), articlesStart);
            if (loader != null) {
                // The events graph, the index and the stats go into the same bulk load as the articles.
                stats.quads(stream::quad, bulkArticles[0]);
                after = resolution.finish(stream);
                step = System.nanoTime();
                DataLoader finishing = loader;
                loader = null; // finished: nothing to undo if what follows fails
                finishing.finishBulk();
                step = logStep("bulk load finished (indexes of every graph)", step);
                long quads = AfterLoad.recordQuads(dataset);
                logStep("quad count", step);
                after = new AfterLoad.Outcome(after.events(), after.eventViolations(), after.census(), quads, false);
            } else {
                for (Node g : gone) {
                    Txn.executeWrite(dataset, () -> {
                        long term = AfterLoad.markPending(dataset, g);
                        run.articles -= term;
                        if (run.statsKept) {
                            run.statsQuads += StatsGraph.replace(dataset, ArticleStats.of(dataset.getGraph(g)), ArticleStats.NONE, -term);
                        }
                        dataset.removeGraph(g);
                    });
                    LOG.info("removed {} (its file is no longer in the corpus)", g.getURI());
                }
                if (!run.statsKept) {
                    step = System.nanoTime();
                    run.statsQuads += Txn.calculateWrite(dataset, () -> StatsRecount.run(dataset));
                    logStep("stats graph (counted from every article: the store had none)", step);
                }
                boolean quadsKept = Txn.calculateRead(dataset, () -> IndexState.read(dataset).map(st -> st.quads() >= 0).orElse(false));
                after = afterLoad.run(dataset, run.articles);
                // A full resolution counts the store's quads, the stats graph's with them; incremental steps keep the count.
                if (after.incremental() && quadsKept && run.statsQuads != 0) {
                    after = withStatsQuads(after, run.statsQuads);
                }
            }
        } catch (RuntimeException e) {
            if (loader != null) {
                loader.finishException(e);
            }
            throw e;
        }
        if (!after.eventViolations().isEmpty()) {
            run.violations.put(Iris.EVENTS_GRAPH.getURI(), after.eventViolations());
        }
        cache.finish(bulk || run.quads > 0 || !gone.isEmpty());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildReport(corpus.articles().size(), run.extracted, run.unchanged, run.read, gone.size(), run.failed,
                List.copyOf(run.problems), Map.copyOf(run.violations), run.quads, after.storeQuads(), bulk,
                after.census(), after.events(), after.incremental(), seconds);
    }

    /**
     * The outcome of incremental steps that kept the store's quad count from the last one (they
     * count the articles', events' and index's quads, not the stats graph's) with the stats
     * graph's change added, here and in the index's state, so the next build starts from the
     * right count.
     */
    private AfterLoad.Outcome withStatsQuads(AfterLoad.Outcome after, long statsQuads) {
        long quads = after.storeQuads() + statsQuads;
        Txn.executeWrite(dataset, () -> IndexState.read(dataset).ifPresent(st -> st.withQuads(quads).write(dataset)));
        return new AfterLoad.Outcome(after.events(), after.eventViolations(), after.census(), quads, after.incremental());
    }

    /** Logs how long a step took since {@code since}, and returns now, for the next step. */
    static long logStep(String what, long since) {
        long now = System.nanoTime();
        LOG.info("{}: {} s", what, String.format(java.util.Locale.ROOT, "%.2f", (now - since) / 1e9));
        return now;
    }

    private void buildArticle(ArticleSource source, Node graph, Map<Node, String> stored, Consumer<List<Quad>> sink,
                              Run run, StoreBuilderCacheRun files) {
        String where = source.where();
        if (files.unchanged(source, stored.get(graph))) {
            run.unchanged++;
            return;
        }
        byte[] bytes;
        try {
            run.read++;
            bytes = extractor.read(source);
        } catch (BadArticleException e) {
            run.fail(where, e.getMessage());
            return;
        }
        String hash = ArticleQuads.hash(fingerprint, source, bytes);
        files.hashed(source, hash);
        if (hash.equals(stored.get(graph))) {
            run.unchanged++;
            return;
        }
        ArticleQuads.Result built;
        try {
            built = articleQuads.of(source, bytes, hash);
        } catch (BadArticleException e) {
            run.fail(where, e.getMessage());
            return;
        }
        AnalyzedArticle article = built.article();
        java.util.Optional<String> copy = run.duplicates.check(article, graph);
        if (copy.isPresent()) {
            run.warn(where, copy.get());
            return;
        }
        built.warnings().forEach(w -> run.warn(where, w));
        List<Quad> quads = built.quads();
        report(graph, built.violations(), run);
        sink.accept(quads);
        run.extracted++;
        run.quads += quads.size();
        LOG.info("{}: {} {}, {} paragraphs, {} sentences, {} mentions, {} posts, {} lines removed, {} quads",
                source.id(), article.language().code(),
                article.source().entry().published().map(Object::toString).orElse("(date unknown)"),
                article.paragraphs().size(), article.sentences().size(), article.mentions().size(),
                article.posts().size(), article.removed().stream().mapToInt(b -> b.lastLine() - b.firstLine() + 1).sum(),
                quads.size());
    }

    private void writeReferenceGraph(Node graph, Graph content, Map<Node, String> stored,
                                     Consumer<List<Quad>> sink, Run run) {
        if (ArticleQuads.referenceHash(fingerprint, graph).equals(stored.get(graph))) {
            return;
        }
        List<Quad> quads = ArticleQuads.referenceGraph(graph, content, fingerprint);
        report(graph, articleQuads.violations(quads), run);
        sink.accept(quads);
        run.quads += quads.size();
    }

    private void report(Node graph, List<String> violations, Run run) {
        if (!violations.isEmpty()) {
            run.violations.put(graph.getURI(), violations);
            LOG.warn("{}: {} SHACL violations, first: {}", graph.getURI(), violations.size(), violations.get(0));
        }
    }

    /**
     * Delete-then-insert of one graph in one write transaction, which also marks the article for
     * the steps after the articles (AfterLoad), so that a build killed before them leaves the work
     * to the next one.
     */
    private void replaceGraph(Node graph, List<Quad> quads, Run run) {
        if (graph == null) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            boolean article = graph.getURI().startsWith(Iris.ARTICLE_GRAPH);
            if (article) {
                long change = ArticleDigest.term(graph, quads) - AfterLoad.markPending(dataset, graph);
                run.articles += change;
                if (run.statsKept) {
                    // In the article's own transaction: a query sees the counts of the articles it sees.
                    ArticleStats before = dataset.containsGraph(graph) ? ArticleStats.of(dataset.getGraph(graph)) : ArticleStats.NONE;
                    run.statsQuads += StatsGraph.replace(dataset, before, ArticleStats.of(quads), change);
                }
            }
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEach(dataset::add);
        });
        written.accept(graph);
    }

    /**
     * Which article files are unchanged since the last build without reading them: a file whose
     * stamp (size, mtime, ctime, inode) and manifest row are the ones the cache recorded has the
     * hash recorded with them. Each file's stamp is taken before it is read, so bytes written
     * after the stamp give another stamp next time.
     */
    /** Counters of one build. */
    private static final class Run {
        final List<CorpusProblem> problems;
        final Map<String, List<String>> violations = new LinkedHashMap<>();
        int read;
        int extracted;
        int unchanged;
        int failed;
        long quads;
        /** The ArticleDigest of the store's article graphs, as the build leaves them. */
        long articles;
        /** Whether the store's stats graph is complete, so that each write updates it. */
        boolean statsKept;
        /** Quads the stats graph gained, less those it lost, since the build began (a build into a store with data). */
        long statsQuads;
        DuplicateArticles duplicates;

        Run(List<CorpusProblem> initial) {
            problems = new ArrayList<>(initial);
            initial.forEach(p -> {
                if (p.warning()) {
                    LOG.warn("{}", p);
                } else {
                    LOG.error("{}", p);
                    failed++; // a bad record of an archive or JSON Lines file: an article left out
                }
            });
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
