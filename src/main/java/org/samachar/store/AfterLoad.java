package org.samachar.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.ArticleDigest;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.IndexGraph;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.PendingArticles;
import org.samachar.resolve.ReportReader;
import org.samachar.resolve.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What needs more than one article: cross-article event resolution ({@code …/graph/events}), the
 * SHACL check of that graph, the entity census and the quad count. {@link StoreBuilder} runs it
 * after every build; {@code samachar load} after a bulk load of per-article graphs made elsewhere
 * (the Spark job). This class chooses how; each way is a class of its own:
 * <ul>
 *   <li>{@link AfterLoadIncremental}: after a build that wrote some articles into a store whose
 *       index graph ({@link IndexGraph}) this program made, only what those articles touch is
 *       redone ({@link IncrementalResolution});</li>
 *   <li>{@link AfterLoadBulk}: a clean build resolves from scratch inside its bulk load, from the
 *       reports of the articles as it writes them;</li>
 *   <li>{@link AfterLoadFull}: otherwise — a load, a store from an older program or without an
 *       index, a program whose resolution or census code changed, more than a quarter of the
 *       reports changed, or an index that does not agree with the events graph — everything is
 *       resolved from the store's reports and the index written anew.</li>
 * </ul>
 * All give the same graphs (IncrementalAfterLoadTest, IncrementalBuildIT). The classes share the
 * name's prefix because the fingerprints select by it: they decide the events graph and the index
 * (so they are in this program's resolution fingerprint) and no article graph.
 */
public final class AfterLoad {

    static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);

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

    private final AfterLoadRules rules;
    private final long minimumBudget;

    /** @param pipelineFingerprint {@link PipelineFingerprint#compute()} of this program */
    public AfterLoad(ReferenceData reference, String pipelineFingerprint) {
        this(reference, pipelineFingerprint, IncrementalResolution.MINIMUM_BUDGET);
    }

    /** @param minimumBudget look-ups any change may make before it is resolved from scratch (tests lower it) */
    AfterLoad(ReferenceData reference, String pipelineFingerprint, long minimumBudget) {
        this(reference, pipelineFingerprint, minimumBudget, Sealing.DEFAULT);
    }

    /** @param sealing which events incremental resolution no longer re-clusters (tests lower it) */
    AfterLoad(ReferenceData reference, String pipelineFingerprint, long minimumBudget, Sealing sealing) {
        this.minimumBudget = minimumBudget;
        // The limits are in the fingerprint: a store sealed by other limits is resolved from scratch.
        this.rules = new AfterLoadRules(new EventMatch(EventResolver.countries(reference.gazetteer())),
                new GraphValidator(reference.shapes(), reference.gazetteer()), sealing,
                sha(pipelineFingerprint + " " + PipelineFingerprint.of(AfterLoad::decidesEventsGraph) + " " + sealing));
    }

    /**
     * What makes the events graph and the index besides the articles: resolution, the census and
     * these classes. With the pipeline's own fingerprint (which covers the gazetteer and the lexicons)
     * it tells whether the stored events graph and index were made by the same rules.
     */
    static boolean decidesEventsGraph(String name) {
        return name.startsWith("org/samachar/resolve/") || name.startsWith("org/samachar/store/AfterLoad")
                || name.startsWith("org/samachar/store/EntityCensus");
    }

    /** After a load (or any change of the store): updates what the articles written touch, or everything. */
    public Outcome run(DatasetGraph dataset) {
        return run(dataset, Txn.calculateRead(dataset, () -> ArticleDigest.read(dataset)));
    }

    /**
     * After a build into a store that had data: updates what the articles written touch, or everything.
     *
     * @param articles the {@link ArticleDigest} of the store's article graphs, as the build left them
     */
    public Outcome run(DatasetGraph dataset, long articles) {
        // Each step is timed apart (docs/performance.md; bench/scale.sh and bench/incremental.sh read the lines).
        long start = System.nanoTime();
        Optional<Outcome> incremental;
        try {
            incremental = PlannedWrite.run(AfterLoadTransactions.of(dataset), () -> planIncremental(dataset, articles, start));
        } catch (IllegalStateException e) {
            // Found while planning, before anything was written: the index or the events graph is not what it should be.
            LOG.info("event resolution from scratch: {}", e.getMessage());
            incremental = Optional.empty();
        }
        return incremental.orElseGet(() -> new AfterLoadFull(rules).run(dataset));
    }

    /**
     * The incremental steps' writes, or empty (the reason logged) when the store must be resolved
     * from scratch; reads only.
     */
    private Optional<Supplier<Outcome>> planIncremental(DatasetGraph dataset, long articles, long start) {
        Optional<IndexState> state = IndexState.read(dataset);
        List<PendingArticles.Pending> pending = PendingArticles.all(dataset);
        String why = state.isEmpty() ? "the store has no index graph, or one an older program made"
                : !state.get().fingerprint().equals(rules.fingerprint()) ? "the index was made by another program"
                : !addsUp(dataset, state.get(), pending, articles)
                ? "article graphs were changed, added or dropped outside a build since the index was written"
                : tooMany(pending, state.get()) ? "more than a quarter of the reports changed" : null;
        if (why != null) {
            LOG.info("event resolution from scratch: {}", why);
            return Optional.empty();
        }
        return new AfterLoadIncremental(rules, minimumBudget).plan(dataset, state.get(), pending, articles, start);
    }

    /**
     * Whether the article graphs the index is of, with what the marks say changed since, are the
     * store's: what it records less the terms the marked graphs had, plus the terms they have now.
     */
    private static boolean addsUp(DatasetGraph dataset, IndexState state, List<PendingArticles.Pending> pending, long articles) {
        long expected = state.articles();
        for (PendingArticles.Pending p : pending) {
            expected += ArticleDigest.term(dataset, p.graph()) - p.oldTerm();
        }
        return expected == articles;
    }

    /**
     * Marks an article graph about to be replaced or removed with its event reports and census as
     * they are, unless a change since the index was written marked it already; call inside the
     * write transaction of the change.
     *
     * @return its {@link ArticleDigest} term as it is now
     */
    static long markPending(DatasetGraph dataset, Node graph) {
        long term = ArticleDigest.term(dataset, graph);
        if (!PendingArticles.isPending(dataset, graph)) {
            Graph old = dataset.getGraph(graph);
            EntityCensus.Article census = EntityCensus.Article.of(old);
            PendingArticles.mark(dataset, graph, ReportReader.reports(old), census.names(), census.entities(),
                    Iter.count(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY)), term);
        }
        return term;
    }

    private static boolean tooMany(List<PendingArticles.Pending> pending, IndexState state) {
        long old = pending.stream().mapToLong(p -> p.oldReports().size()).sum();
        return pending.size() > 1000 && old > state.reports() / 4;
    }

    /** The steps after the articles of a clean build, inside its bulk load: fed each article's quads as they are loaded. */
    public AfterLoadBulk bulk() {
        return new AfterLoadBulk(rules);
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

    static BuildReport.EventCensus census(long reports, long events, long toldByMany) {
        return new BuildReport.EventCensus((int) reports, (int) events, (int) toldByMany);
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
