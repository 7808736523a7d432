package org.samachar.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SHACL check of many events, a batch at a time: the shapes check each event on its own
 * triples, so batches give the violations of the whole graph while memory holds one batch, not
 * the 1.2 million quads of the events graph of 10K articles.
 */
final class AfterLoadShapes {

    /** Events validated at once. */
    private static final int VALIDATE_EVERY = 20_000;

    private final GraphValidator validator;
    private final List<String> violations = new ArrayList<>();
    private Graph batch = GraphFactory.createDefaultGraph();
    private int events;

    AfterLoadShapes(GraphValidator validator) {
        this.validator = validator;
    }

    /** One event's quads. */
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
