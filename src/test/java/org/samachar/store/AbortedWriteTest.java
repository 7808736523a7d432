package org.samachar.store;

import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A write transaction aborted after it flushed new nodes must leave the node table as it was. In
 * Jena 5.6.0 it does not (apache/jena GH-3877, fixed in 6.1, which needs Java 21): the data file
 * keeps its write position where the aborted data ended, and the next write transaction of the JVM
 * that reads a node from the file and then flushes new ones writes them past a gap of zeros while
 * their ids point into it; reading them fails with {@code NodeTableTRDF/Read}, "Unrecognized type
 * 0" — the failure of the 500-article build at 10K (docs/performance.md). This program carries
 * the fix (its own {@code BinaryDataFileRandomAccess}, which must come before Jena's on the
 * classpath); without it the first test fails so.
 */
class AbortedWriteTest {

    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node P = NodeFactory.createURI("urn:p");

    @Test
    void aWriteAfterAnAbortedOneThatFlushedNodesReadsBack(@TempDir Path dir) {
        Location location = Location.create(dir.toString());
        DatasetGraph ds = DatabaseMgr.connectDatasetGraph(location);
        Txn.executeWrite(ds, () -> add(ds, "committed", 2_000));
        // A fresh connection: the committed nodes are read from the file, not from a cache.
        TDBInternal.expel(ds);
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(location);
        assertThrows(IllegalStateException.class, () -> Txn.executeWrite(again, () -> {
            add(again, "aborted", 10);
            readAll(again, "committed"); // a read flushes the new nodes to the file
            throw new IllegalStateException("give up");
        }));
        Txn.executeWrite(again, () -> {
            add(again, "new", 5_000);
            readAll(again, "committed");
            add(again, "newer", 5_000);
            readAll(again, "newer");
        });
        TDBInternal.expel(again);
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(location);
        assertEquals(12_000, Txn.calculateRead(reopened, () -> {
            int[] n = {0};
            reopened.find().forEachRemaining(q -> {
                q.getObject().getLiteralLexicalForm();
                n[0]++;
            });
            return n[0];
        }));
        TDBInternal.expel(reopened);
    }

    @Test
    void theFixedClassIsTheOneLoaded() {
        String from = BinaryDataFileRandomAccess.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertFalse(from.contains("jena-dboe-base"), "loaded from " + from);
    }

    private static void add(DatasetGraph ds, String prefix, int n) {
        for (int i = 0; i < n; i++) {
            ds.add(new Quad(G, NodeFactory.createURI("urn:" + prefix + "/" + i), P,
                    NodeFactory.createLiteralString(prefix + " literal long enough to fill the buffer sooner " + i)));
        }
    }

    private static void readAll(DatasetGraph ds, String prefix) {
        ds.find(G, Node.ANY, P, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().getURI().startsWith("urn:" + prefix + "/")) {
                q.getObject().getLiteralLexicalForm();
            }
        });
    }
}
