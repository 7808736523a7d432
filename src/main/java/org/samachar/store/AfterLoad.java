package org.samachar.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.samachar.rdf.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What needs the whole store rather than one article: cross-article event resolution (which
 * replaces {@code …/graph/events}), the SHACL check of that graph, the entity census and the quad
 * count. {@link StoreBuilder} runs it after every build; {@code samachar load} after a bulk load of
 * per-article graphs made elsewhere (the Spark job).
 */
public final class AfterLoad {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);

    /**
     * @param events          event reports and the events they merged into
     * @param eventViolations SHACL violations of the events graph
     * @param census          names and entities over the whole store
     * @param storeQuads      quads in the store afterwards
     */
    public record Outcome(BuildReport.EventCensus events, List<String> eventViolations, EntityCensus census,
                          long storeQuads) {
    }

    private final EventResolver resolver;
    private final GraphValidator validator;

    public AfterLoad(ReferenceData reference) {
        this.resolver = new EventResolver(new EventMatch(EventResolver.countries(reference.gazetteer())));
        this.validator = new GraphValidator(reference.shapes(), reference.gazetteer());
    }

    public Outcome run(DatasetGraph dataset) {
        // Each step is timed apart: they run over the whole store, so they are what an
        // incremental build of one article still pays (docs/performance.md).
        long step = System.nanoTime();
        // Only the counts are kept: the clusters hold every report, and while they stayed
        // reachable through the steps below the live heap of a 10K build grew from 1.6 GB to
        // 2.1 GB (docs/performance.md).
        BuildReport.EventCensus events = Txn.calculateWrite(dataset, () -> {
            EventResolver.Outcome outcome = resolver.resolve(dataset);
            return new BuildReport.EventCensus(outcome.reports(), outcome.events(), outcome.toldByMany());
        });
        step = StoreBuilder.logStep("event resolution", step);
        List<String> eventViolations = Txn.calculateRead(dataset,
                () -> validator.violations(dataset.getGraph(Iris.EVENTS_GRAPH)));
        step = StoreBuilder.logStep("SHACL of the events graph", step);
        if (!eventViolations.isEmpty()) {
            LOG.warn("{}: {} SHACL violations, first: {}", Iris.EVENTS_GRAPH.getURI(), eventViolations.size(),
                    eventViolations.get(0));
        }
        long storeQuads = Txn.calculateRead(dataset, () -> StoreSize.quads(dataset));
        step = StoreBuilder.logStep("quad count", step);
        EntityCensus census = EntityCensus.of(dataset);
        StoreBuilder.logStep("entity census", step);
        return new Outcome(events, eventViolations, census, storeQuads);
    }
}
