package org.samachar.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.PendingArticles;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps after the articles when only some were written into a store whose index this program
 * made: the events their reports touch ({@link IncrementalResolution}), the SHACL check of the
 * events written, the census counts of the articles written, and the totals kept in the index,
 * so that nothing is counted over the whole store.
 */
final class AfterLoadIncremental {

    private final AfterLoadRules rules;

    AfterLoadIncremental(AfterLoadRules rules) {
        this.rules = rules;
    }

    /**
     * Call inside a write transaction; throws {@link IllegalStateException} when the index does not
     * agree with the events graph or the change reaches too far (the caller resolves from scratch).
     *
     * @param articles the ArticleDigest of the store's article graphs, which the new state is of
     * @param start    when the steps after the articles began, for the log
     */
    AfterLoad.Outcome run(DatasetGraph dataset, IndexState state, List<PendingArticles.Pending> pending, long articles,
                          long start) {
        IncrementalResolution.Outcome events = new IncrementalResolution(rules.match()).run(dataset, pending, state);
        long step = StoreBuilder.logStep("event resolution", start);
        List<String> violations = rules.violations(events.written());
        step = StoreBuilder.logStep("SHACL of the events graph", step);
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
