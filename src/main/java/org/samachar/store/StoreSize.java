package org.samachar.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How many quads a store holds. For TDB2 this is the size of its first quad and triple indexes,
 * counted without turning a single node id back into a node: counting through {@code find()}
 * decodes every quad, and that grew 25 times for 10 times the articles as the node table
 * outgrew its cache (docs/performance.md). Call inside a read transaction.
 */
final class StoreSize {

    private StoreSize() {
    }

    static long quads(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset)) {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        }
        long n = 0;
        for (var it = dataset.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
