package org.samachar.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.PendingArticles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps after the articles when only some were written into a store whose index this program
 * made: the events their reports touch ({@link IncrementalResolution}), the SHACL check of the
 * events written, the census counts of the articles written, and the totals kept in the index,
 * so that nothing is counted over the whole store.
 */
final class AfterLoadIncremental {

    private final AfterLoadRules rules;
    private final long minimumBudget;

    /** @param minimumBudget look-ups any change may make before it is resolved from scratch */
    AfterLoadIncremental(AfterLoadRules rules, long minimumBudget) {
        this.rules = rules;
        this.minimumBudget = minimumBudget;
    }

    /**
     * Plans the steps by reading only; call inside a transaction. Empty, with the reason logged,
     * when the change reaches too far for it to pay (the caller resolves from scratch, and no write
     * transaction was opened for nothing). Otherwise the writes, to run inside a write transaction
     * that began before this plan or was promoted from its read.
     *
     * @param articles the ArticleDigest of the store's article graphs, which the new state is of
     * @param start    when the steps after the articles began, for the log
     * @throws IllegalStateException when the index does not agree with the events graph (the caller resolves from scratch)
     */
    Optional<Supplier<AfterLoad.Outcome>> plan(DatasetGraph dataset, IndexState state, List<PendingArticles.Pending> pending,
                                               long articles, long start) {
        IncrementalResolution.Plan events = new IncrementalResolution(rules.match(), minimumBudget, rules.sealing()).plan(dataset, pending, state);
        if (events.fullBecause().isPresent()) {
            AfterLoad.LOG.info("event resolution from scratch: {}", events.fullBecause().get());
            return Optional.empty();
        }
        List<EntityCensus.Article> before = new ArrayList<>();
        List<EntityCensus.Article> after = new ArrayList<>();
        for (PendingArticles.Pending p : pending) {
            before.add(new EntityCensus.Article(p.oldNames(), p.oldEntities()));
            after.add(dataset.containsGraph(p.graph()) ? EntityCensus.Article.of(dataset.getGraph(p.graph())) : EntityCensus.Article.NONE);
        }
        EntityCensus.Updated census = new EntityCensus(state.names(), state.entities(), state.discovered())
                .update(dataset, before, after);
        return Optional.of(() -> write(dataset, events, census, state, pending, articles, start));
    }

    private AfterLoad.Outcome write(DatasetGraph dataset, IncrementalResolution.Plan plan, EntityCensus.Updated census,
                                    IndexState state, List<PendingArticles.Pending> pending, long articles, long start) {
        IncrementalResolution.Outcome events = plan.write(dataset);
        long step = StoreBuilder.logStep("event resolution", start);
        List<String> violations = rules.violations(events.written());
        step = StoreBuilder.logStep("SHACL of the events graph", step);
        long articleQuads = 0; // the articles' quads written since, less those they replaced
        for (PendingArticles.Pending p : pending) {
            boolean present = dataset.containsGraph(p.graph());
            articleQuads += (present ? Iter.count(dataset.find(p.graph(), Node.ANY, Node.ANY, Node.ANY)) : 0) - p.oldQuads();
        }
        census.write(dataset);
        PendingArticles.clear(dataset, pending);
        step = StoreBuilder.logStep("entity census", step);
        // Kept, not counted: counting reads a whole index of the store (StoreSize).
        long storeQuads = state.quads() < 0 ? -1 : state.quads() + articleQuads + events.quadsAdded() + census.quadsAdded();
        IndexState now = new IndexState(rules.fingerprint(), events.reports(), events.events(), events.toldByMany(),
                census.census().names(), census.census().entities(), census.census().discovered(), storeQuads, articles);
        now.write(dataset);
        if (storeQuads < 0) {
            storeQuads = StoreSize.quads(dataset);
            now.withQuads(storeQuads).write(dataset);
        }
        StoreBuilder.logStep("quad count", step);
        return new AfterLoad.Outcome(AfterLoad.census(events.reports(), events.events(), events.toldByMany()), violations,
                census.census(), storeQuads, true);
    }
}
