package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.samachar.vocab.Iris;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.FullResolution;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What every path of {@link AfterLoad} works with: the rule that merges reports, the shapes the
 * events are checked against, and the fingerprint recorded in the index of what made it.
 *
 * @param match       the rule of event resolution
 * @param validator   the SHACL shapes
 * @param sealing     which events incremental resolution no longer re-clusters
 * @param fingerprint of the pipeline and of what makes the events graph and the index
 */
record AfterLoadRules(EventMatch match, GraphValidator validator, Sealing sealing, String fingerprint) {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);

    /** The violations of the events of {@code events}, logged. */
    List<String> violations(Graph events) {
        return logged(validator.violations(events));
    }

    AfterLoadShapes shapes() {
        return new AfterLoadShapes(validator);
    }

    /**
     * The index's state after a full resolution, its quad count to be recorded when the store is written.
     *
     * @param articles the ArticleDigest of the article graphs resolved
     */
    IndexState state(FullResolution.Outcome o, EntityCensus census, long articles) {
        return new IndexState(fingerprint, o.reports(), o.events(), o.toldByMany(), census.names(), census.entities(),
                census.discovered(), -1, articles);
    }

    static List<String> logged(List<String> violations) {
        if (!violations.isEmpty()) {
            LOG.warn("{}: {} SHACL violations, first: {}", Iris.EVENTS_GRAPH.getURI(), violations.size(), violations.get(0));
        }
        return violations;
    }
}
