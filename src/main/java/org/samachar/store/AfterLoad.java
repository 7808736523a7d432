package org.samachar.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.samachar.rdf.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.rdf.Sam;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.samachar.resolve.EventsGraphPatch;
import org.samachar.resolve.FullResolution;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.IndexGraph;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.PendingArticles;
import org.samachar.resolve.ReportReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What needs more than one article: cross-article event resolution ({@code …/graph/events}), the
 * SHACL check of that graph, the entity census and the quad count. {@link StoreBuilder} runs it
 * after every build; {@code samachar load} after a bulk load of per-article graphs made elsewhere
 * (the Spark job).
 *
 * <p>After a build that wrote some articles into a store whose index graph ({@link IndexGraph})
 * this program made, only what those articles touch is redone ({@link IncrementalResolution}):
 * the events whose clusters change, the SHACL check of the events rewritten, the census counts of
 * the articles written. A clean build resolves from scratch inside its bulk load ({@link Bulk}),
 * from the reports of the articles as it writes them. Otherwise — a load, a store from an older
 * program or without an index, a program whose resolution or census code changed, more than a
 * quarter of the reports changed, or an index that does not agree with the events graph —
 * everything is resolved from the store's reports and the index written anew. All give the same
 * graphs (IncrementalAfterLoadTest, IncrementalBuildIT).
 */
public final class AfterLoad {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);
    /** Events validated at once when validating them all: the shapes check each event on its own. */
    private static final int VALIDATE_EVERY = 20_000;

    /**
     * @param events          event reports and the events they merged into
     * @param eventViolations SHACL violations of the events written (all of them after a full resolution)
     * @param census          names and entities over the whole store
     * @param storeQuads      quads in the store afterwards
     * @param incremental     whether only what the written articles touch was redone
     */
    public record Outcome(BuildReport.EventCensus events, List<String> eventViolations, EntityCensus census,
                          long storeQuads, boolean incremental) {
    }

    private final EventMatch match;
    private final GraphValidator validator;
    private final String fingerprint;

    /** @param pipelineFingerprint {@link PipelineFingerprint#compute()} of this program */
    public AfterLoad(ReferenceData reference, String pipelineFingerprint) {
        this.match = new EventMatch(EventResolver.countries(reference.gazetteer()));
        this.validator = new GraphValidator(reference.shapes(), reference.gazetteer());
        this.fingerprint = sha(pipelineFingerprint + " " + PipelineFingerprint.of(AfterLoad::decidesEventsGraph));
    }

    /**
     * What makes the events graph and the index besides the articles: resolution, the census and
     * this class. With the pipeline's own fingerprint (which covers the gazetteer and the lexicons)
     * it tells whether the stored events graph and index were made by the same rules.
     */
    static boolean decidesEventsGraph(String name) {
        return name.startsWith("org/samachar/resolve/") || name.startsWith("org/samachar/store/AfterLoad")
                || name.startsWith("org/samachar/store/EntityCensus");
    }

    /** After a build into a store that had data, or a load: updates what the articles written touch, or everything. */
    public Outcome run(DatasetGraph dataset) {
        // Each step is timed apart (docs/performance.md; bench/scale.sh and bench/incremental.sh read the lines).
        long start = System.nanoTime();
        Optional<IndexState> state = Txn.calculateRead(dataset, () -> IndexState.read(dataset));
        List<PendingArticles.Pending> pending = Txn.calculateRead(dataset, () -> PendingArticles.all(dataset));
        String why = state.isEmpty() ? "the store has no index graph"
                : !state.get().fingerprint().equals(fingerprint) ? "the index was made by another program"
                : tooMany(pending, state.get()) ? "more than a quarter of the reports changed" : null;
        if (why == null) {
            try {
                return Txn.calculateWrite(dataset, () -> incremental(dataset, state.get(), pending, start));
            } catch (IllegalStateException e) {
                why = e.getMessage();
            }
        }
        LOG.info("event resolution from scratch: {}", why);
        return full(dataset);
    }

    private static boolean tooMany(List<PendingArticles.Pending> pending, IndexState state) {
        long old = pending.stream().mapToLong(p -> p.oldReports().size()).sum();
        return pending.size() > 1000 && old > state.reports() / 4;
    }

    private Outcome incremental(DatasetGraph dataset, IndexState state, List<PendingArticles.Pending> pending, long start) {
        IncrementalResolution.Outcome events = new IncrementalResolution(match).run(dataset, pending, state);
        long step = StoreBuilder.logStep("event resolution", start);
        List<String> violations = validator.violations(events.written());
        step = StoreBuilder.logStep("SHACL of the events graph", step);
        report(violations);
        List<EntityCensus.Article> before = new ArrayList<>();
        List<EntityCensus.Article> after = new ArrayList<>();
        long articleQuads = 0; // the articles' quads written since, less those they replaced
        for (PendingArticles.Pending p : pending) {
            before.add(new EntityCensus.Article(p.oldNames(), p.oldEntities()));
            boolean present = dataset.containsGraph(p.graph());
            after.add(present ? EntityCensus.Article.of(dataset.getGraph(p.graph())) : EntityCensus.Article.NONE);
            articleQuads += (present ? Iter.count(dataset.find(p.graph(), Node.ANY, Node.ANY, Node.ANY)) : 0) - p.oldQuads();
        }
        EntityCensus.Updated census = new EntityCensus(state.names(), state.entities(), state.discovered())
                .update(dataset, before, after);
        PendingArticles.clear(dataset, pending);
        step = StoreBuilder.logStep("entity census", step);
        // Kept, not counted: counting reads a whole index of the store (StoreSize).
        long storeQuads = state.quads() < 0 ? -1 : state.quads() + articleQuads + events.quadsAdded() + census.quadsAdded();
        IndexState now = new IndexState(fingerprint, events.reports(), events.events(), events.toldByMany(),
                census.census().names(), census.census().entities(), census.census().discovered(), storeQuads);
        now.write(dataset);
        if (storeQuads < 0) {
            storeQuads = StoreSize.quads(dataset);
            now.withQuads(storeQuads).write(dataset);
        }
        StoreBuilder.logStep("quad count", step);
        return new Outcome(censusOf(events.reports(), events.events(), events.toldByMany()), violations,
                census.census(), storeQuads, true);
    }

    /** From the reports of the store: for a load, and whenever the index cannot be trusted. */
    private Outcome full(DatasetGraph dataset) {
        long start = System.nanoTime();
        FullResolution resolution = new FullResolution(match);
        Txn.executeRead(dataset, () -> resolution.addAll(dataset));
        double readSeconds = (System.nanoTime() - start) / 1e9;
        long counting = System.nanoTime();
        EntityCensus.Tally tally = new EntityCensus.Tally();
        Txn.executeRead(dataset, () -> articleGraphs(dataset).forEach(g -> tally.add(EntityCensus.Article.of(dataset.getGraph(g)))));
        double censusSeconds = (System.nanoTime() - counting) / 1e9;
        boolean empty = TDBInternal.isTDB2(dataset) && Txn.calculateRead(dataset,
                () -> !dataset.containsGraph(Iris.EVENTS_GRAPH) && !dataset.containsGraph(IndexGraph.GRAPH));
        long resolving = System.nanoTime();
        EventShapes shapes = new EventShapes();
        FullResolution.Outcome outcome;
        if (empty) {
            // Empty graphs of a TDB2 store to fill (a load): through the bulk loader, as the articles were.
            outcome = load(LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG)),
                    stream -> write(resolution, readSeconds, stream, shapes, tally));
        } else {
            // First the events graph, dropping the old index; then the index. Killed between the
            // two, the store has no index, and the next build resolves from scratch again.
            outcome = Txn.calculateWrite(dataset, () -> patchEvents(dataset, resolution, readSeconds, shapes));
            FullResolution.Outcome o = outcome;
            Consumer<Consumer<Quad>> index = stream -> {
                resolution.index(stream);
                tally.quads(stream);
                state(o, tally.census()).quads(stream);
            };
            if (TDBInternal.isTDB2(dataset)) {
                // The sequential loader is transactional (the parallel one is not), and one quad at a
                // time would take minutes for a large store.
                load(LoaderFactory.sequentialLoader(dataset, MonitorOutputs.outputToLog(LOG)), stream -> {
                    index.accept(stream);
                    return o;
                });
            } else {
                Txn.executeWrite(dataset, () -> index.accept(dataset::add));
            }
        }
        long step = StoreBuilder.logStep("event resolution", resolving - (long) (readSeconds * 1e9));
        List<String> violations = shapes.finish();
        step = StoreBuilder.logStep("SHACL of the events graph", step);
        report(violations);
        LOG.info("entity census: {} s", String.format(java.util.Locale.ROOT, "%.2f", censusSeconds));
        long storeQuads = recordQuads(dataset);
        StoreBuilder.logStep("quad count", step);
        return new Outcome(censusOf(outcome.reports(), outcome.events(), outcome.toldByMany()), violations,
                tally.census(), storeQuads, false);
    }

    /**
     * The events graph of a full resolution as differences from the stored one (an unchanged event
     * costs a read), with the old index dropped; call inside a write transaction.
     */
    private static FullResolution.Outcome patchEvents(DatasetGraph dataset, FullResolution resolution, double readSeconds,
                                                      EventShapes shapes) {
        dataset.removeGraph(IndexGraph.GRAPH);
        Set<Node> events = new HashSet<>();
        long[] changed = new long[2];
        FullResolution.Outcome o = resolution.run(readSeconds, quads -> {
            Node node = quads.iterator().next().getSubject();
            events.add(node);
            EventsGraphPatch.replace(dataset, node, quads, changed);
            shapes.add(quads);
        });
        int gone = EventsGraphPatch.removeAllBut(dataset, events);
        LOG.info("events graph: {} quads removed, {} added, {} events gone", changed[0], changed[1], gone);
        return o;
    }

    /** Runs {@code write} into a bulk load with {@code loader}. */
    private static FullResolution.Outcome load(DataLoader loader, Function<Consumer<Quad>, FullResolution.Outcome> write) {
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            FullResolution.Outcome o = write.apply(stream::quad);
            loader.finishBulk();
            return o;
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** The events, index and census of a full resolution into a stream of quads (a bulk load). */
    private FullResolution.Outcome write(FullResolution resolution, double readSeconds, Consumer<Quad> stream,
                                         EventShapes shapes, EntityCensus.Tally tally) {
        FullResolution.Outcome o = resolution.run(readSeconds, quads -> {
            quads.forEach(stream);
            shapes.add(quads);
        });
        resolution.index(stream);
        tally.quads(stream);
        state(o, tally.census()).quads(stream);
        return o;
    }

    /** The steps after the articles of a clean build, inside its bulk load: fed each article's quads as they are loaded. */
    public Bulk bulk() {
        return new Bulk();
    }

    /**
     * Resolution and census of a clean build, from the quads of its articles as the build hands
     * them to the bulk loader (nothing is read back from the store), written into the same bulk
     * load: the events graph and the index then go in at the loader's speed, where adding them
     * one quad at a time went at about 13,000 quads a second.
     */
    public final class Bulk {
        private final FullResolution resolution = new FullResolution(match);
        private final EntityCensus.Tally tally = new EntityCensus.Tally();
        private long collecting;

        private Bulk() {
        }

        /** One article graph's quads, as loaded. */
        public void article(List<Quad> quads) {
            long t = System.nanoTime();
            Graph graph = GraphFactory.createDefaultGraph();
            quads.forEach(q -> graph.add(q.asTriple()));
            ReportReader.reports(graph).forEach(resolution::add);
            tally.add(EntityCensus.Article.of(graph));
            collecting += System.nanoTime() - t;
        }

        /** Resolves and puts the events graph, the index and the counts into the load; the store's quads are counted by the caller. */
        public Outcome finish(StreamRDF stream) {
            long start = System.nanoTime();
            EventShapes shapes = new EventShapes();
            FullResolution.Outcome o = write(resolution, collecting / 1e9, stream::quad, shapes, tally);
            long step = StoreBuilder.logStep("event resolution", start);
            List<String> violations = shapes.finish();
            StoreBuilder.logStep("SHACL of the events graph", step);
            report(violations);
            LOG.info("entity census: 0.00 s (counted as the articles were loaded)");
            return new Outcome(censusOf(o.reports(), o.events(), o.toldByMany()), violations, tally.census(), -1, false);
        }
    }

    /**
     * Counts the store's quads, the one time it costs a read of a whole index (after everything
     * was written anew), and records the count in the index's state for the builds after.
     */
    public static long recordQuads(DatasetGraph dataset) {
        return Txn.calculateWrite(dataset, () -> {
            long n = StoreSize.quads(dataset); // the state's quads are there already: rewriting them keeps the count
            IndexState.read(dataset).ifPresent(s -> s.withQuads(n).write(dataset));
            return n;
        });
    }

    private static BuildReport.EventCensus censusOf(long reports, long events, long toldByMany) {
        return new BuildReport.EventCensus((int) reports, (int) events, (int) toldByMany);
    }

    private IndexState state(FullResolution.Outcome o, EntityCensus census) {
        return new IndexState(fingerprint, o.reports(), o.events(), o.toldByMany(), census.names(), census.entities(),
                census.discovered(), -1);
    }

    /** The article graphs, from the content hash each carries (listing the graphs of TDB2 reads every quad). */
    private static List<Node> articleGraphs(DatasetGraph dataset) {
        Set<Node> out = new LinkedHashSet<>();
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (PendingArticles.isArticleGraph(q.getGraph())) {
                out.add(q.getGraph());
            }
        });
        return new ArrayList<>(out);
    }

    private static void report(List<String> violations) {
        if (!violations.isEmpty()) {
            LOG.warn("{}: {} SHACL violations, first: {}", Iris.EVENTS_GRAPH.getURI(), violations.size(), violations.get(0));
        }
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHACL check of many events, a batch at a time (each event is checked on its own triples). */
    private final class EventShapes {
        private final List<String> violations = new ArrayList<>();
        private Graph batch = GraphFactory.createDefaultGraph();
        private int events;

        void add(Set<Quad> quads) {
            quads.forEach(q -> batch.add(q.asTriple()));
            if (++events % VALIDATE_EVERY == 0) {
                flush();
            }
        }

        List<String> finish() {
            flush();
            return violations;
        }

        private void flush() {
            if (!batch.isEmpty()) {
                violations.addAll(validator.violations(batch));
                batch = GraphFactory.createDefaultGraph();
            }
        }
    }
}
