package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.samachar.resolve.ArticleDigest;
import org.samachar.resolve.EventsGraphPatch;
import org.samachar.resolve.FullResolution;
import org.samachar.resolve.IndexGraph;
import org.samachar.resolve.PendingArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything resolved from the reports of the store: after a load (the Spark job's output), and
 * whenever the index cannot be trusted (none, another program's, too much changed, or it does not
 * agree with the events graph). Into empty graphs the events and the index go through the bulk
 * loader; otherwise the events graph is written as differences from the stored one.
 */
final class AfterLoadFull {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);

    private final AfterLoadRules rules;

    AfterLoadFull(AfterLoadRules rules) {
        this.rules = rules;
    }

    AfterLoad.Outcome run(DatasetGraph dataset) {
        long start = System.nanoTime();
        FullResolution resolution = new FullResolution(rules.match(), rules.sealing());
        Txn.executeRead(dataset, () -> resolution.addAll(dataset));
        double readSeconds = (System.nanoTime() - start) / 1e9;
        long counting = System.nanoTime();
        EntityCensus.Tally tally = new EntityCensus.Tally();
        long articles = Txn.calculateRead(dataset, () -> {
            Map<Node, String> graphs = articleGraphs(dataset);
            graphs.keySet().forEach(g -> tally.add(EntityCensus.Article.of(dataset.getGraph(g))));
            return ArticleDigest.of(graphs);
        });
        double censusSeconds = (System.nanoTime() - counting) / 1e9;
        boolean empty = TDBInternal.isTDB2(dataset) && Txn.calculateRead(dataset,
                () -> !dataset.containsGraph(Iris.EVENTS_GRAPH) && !dataset.containsGraph(IndexGraph.GRAPH));
        long resolving = System.nanoTime();
        AfterLoadShapes shapes = rules.shapes();
        FullResolution.Outcome outcome;
        if (empty) {
            // Empty graphs of a TDB2 store to fill (a load): through the bulk loader, as the articles were.
            outcome = load(LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputToLog(LOG)),
                    stream -> write(rules, resolution, readSeconds, stream, shapes, tally, articles));
        } else {
            // First the events graph, dropping the old index; then the index. Killed between the
            // two, the store has no index, and the next build resolves from scratch again.
            outcome = Txn.calculateWrite(dataset, () -> patchEvents(dataset, resolution, readSeconds, shapes));
            FullResolution.Outcome o = outcome;
            Consumer<Consumer<Quad>> index = stream -> {
                resolution.index(stream);
                tally.quads(stream);
                rules.state(o, tally.census(), articles).quads(stream);
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
        List<String> violations = AfterLoadRules.logged(shapes.finish());
        step = StoreBuilder.logStep("SHACL of the events graph", step);
        LOG.info("entity census: {} s", String.format(java.util.Locale.ROOT, "%.2f", censusSeconds));
        long storeQuads = AfterLoad.recordQuads(dataset);
        StoreBuilder.logStep("quad count", step);
        return new AfterLoad.Outcome(AfterLoad.census(outcome.reports(), outcome.events(), outcome.toldByMany()), violations,
                tally.census(), storeQuads, false);
    }

    /**
     * The events, index and census of a full resolution into a stream of quads (a bulk load).
     *
     * @param articles the ArticleDigest of the article graphs resolved
     */
    static FullResolution.Outcome write(AfterLoadRules rules, FullResolution resolution, double readSeconds,
                                        Consumer<Quad> stream, AfterLoadShapes shapes, EntityCensus.Tally tally,
                                        long articles) {
        FullResolution.Outcome o = resolution.run(readSeconds, quads -> {
            quads.forEach(stream);
            shapes.add(quads);
        });
        resolution.index(stream);
        tally.quads(stream);
        rules.state(o, tally.census(), articles).quads(stream);
        return o;
    }

    /**
     * The events graph of a full resolution as differences from the stored one (an unchanged event
     * costs a read), with the old index dropped; call inside a write transaction.
     */
    private static FullResolution.Outcome patchEvents(DatasetGraph dataset, FullResolution resolution, double readSeconds,
                                                      AfterLoadShapes shapes) {
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

    /** The article graphs and their content hashes (listing the graphs of TDB2 would read every quad). */
    private static Map<Node, String> articleGraphs(DatasetGraph dataset) {
        Map<Node, String> out = new LinkedHashMap<>();
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (PendingArticles.isArticleGraph(q.getGraph()) && q.getObject().isLiteral()) {
                out.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }
}
