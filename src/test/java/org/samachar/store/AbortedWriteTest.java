package org.samachar.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why no write transaction of this program may be aborted as a normal path: in Jena 5.6.0 an
 * aborted write transaction that had flushed new nodes to the node table's data file leaves that
 * file's write position where the aborted data ended (apache/jena GH-3877, fixed in 6.1, which
 * needs Java 21). The next write transaction in the same JVM that reads a node from the file and
 * then flushes new ones writes them past a gap of zeros, while their node ids point into the gap:
 * reading them back fails with {@code NodeTableTRDF/Read}, "Unrecognized type 0" — the failure of
 * the 500-article build at 10K (docs/performance.md). This test shows the mechanism, so that a Jena
 * upgrade that fixes it fails here and says the precaution may go.
 */
class AbortedWriteTest {

    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node P = NodeFactory.createURI("urn:p");

    @Test
    void aWriteAfterAnAbortedOneThatFlushedNodesCorruptsTheNodeTable(@TempDir Path dir) {
        DatasetGraph again = reopenedAfterCommitting(dir);
        assertThrows(RuntimeException.class, () -> Txn.executeWrite(again, () -> {
            add(again, "aborted", 10_000); // well past the data file's 128 KB write buffer
            throw new RuntimeException("give up");
        }));
        TDBException e = assertThrows(TDBException.class, () -> Txn.executeWrite(again, () -> {
            add(again, "new", 5_000);
            readAll(again, "committed");
            add(again, "newer", 5_000);
            readAll(again, "newer");
        }));
        assertEquals("NodeTableTRDF/Read", e.getMessage());
        assertTrue(String.valueOf(e.getCause()).contains("Unrecognized type 0"), String.valueOf(e.getCause()));
        TDBInternal.expel(again);
    }

    @Test
    void withoutTheAbortTheSameWritesReadBack(@TempDir Path dir) {
        DatasetGraph again = reopenedAfterCommitting(dir);
        Txn.executeWrite(again, () -> {
            add(again, "new", 5_000);
            readAll(again, "committed");
            add(again, "newer", 5_000);
            readAll(again, "newer");
        });
        TDBInternal.expel(again);
    }

    /**
     * A store with 2,000 committed nodes, opened again: the committed nodes are read from the
     * file, not from a cache.
     */
    private static DatasetGraph reopenedAfterCommitting(Path dir) {
        Location location = Location.create(dir.toString());
        DatasetGraph ds = DatabaseMgr.connectDatasetGraph(location);
        Txn.executeWrite(ds, () -> add(ds, "committed", 2_000));
        TDBInternal.expel(ds);
        return DatabaseMgr.connectDatasetGraph(location);
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
