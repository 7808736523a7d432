package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.samachar.resolve.ArticleDigest;
import org.samachar.resolve.FullResolution;
import org.samachar.resolve.ReportReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Resolution and census of a clean build, from the quads of its articles as the build hands
 * them to the bulk loader (nothing is read back from the store), written into the same bulk
 * load: the events graph and the index then go in at the loader's speed, where adding them
 * one quad at a time went at about 13,000 quads a second.
 */
public final class AfterLoadBulk {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);

    private final AfterLoadRules rules;
    private final FullResolution resolution;
    private final EntityCensus.Tally tally = new EntityCensus.Tally();
    private long collecting;
    private long articles; // their ArticleDigest

    AfterLoadBulk(AfterLoadRules rules) {
        this.rules = rules;
        this.resolution = new FullResolution(rules.match(), rules.sealing());
    }

    /** One article graph's quads, as loaded. */
    public void article(List<Quad> quads) {
        long t = System.nanoTime();
        Graph graph = GraphFactory.createDefaultGraph();
        quads.forEach(q -> graph.add(q.asTriple()));
        ReportReader.reports(graph).forEach(resolution::add);
        tally.add(EntityCensus.Article.of(graph));
        articles += ArticleDigest.term(quads.get(0).getGraph(), quads);
        collecting += System.nanoTime() - t;
    }

    /** Resolves and puts the events graph, the index and the counts into the load; the store's quads are counted by the caller. */
    public AfterLoad.Outcome finish(StreamRDF stream) {
        long start = System.nanoTime();
        AfterLoadShapes shapes = rules.shapes();
        FullResolution.Outcome o = AfterLoadFull.write(rules, resolution, collecting / 1e9, stream::quad, shapes, tally, articles);
        long step = StoreBuilder.logStep("event resolution", start);
        List<String> violations = AfterLoadRules.logged(shapes.finish());
        StoreBuilder.logStep("SHACL of the events graph", step);
        LOG.info("entity census: 0.00 s (counted as the articles were loaded)");
        return new AfterLoad.Outcome(AfterLoad.census(o.reports(), o.events(), o.toldByMany()), violations, tally.census(), -1,
                false);
    }
}
