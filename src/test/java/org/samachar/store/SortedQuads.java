package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** A store's quads as sorted lines, so that tests can compare two stores (or one graph) whole. */
final class SortedQuads {

    private SortedQuads() {
    }

    static List<String> of(DatasetGraph dsg) {
        return of(dsg, Node.ANY);
    }

    /** The quads of {@code graph}, or of every graph for {@link Node#ANY}. */
    static List<String> of(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(q.toString()));
            lines.sort(null);
            return lines;
        });
    }
}
