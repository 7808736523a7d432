package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The pictures' index of a TDB2 store follows its writes, is kept while there are none, and while a
 * rebuild takes longer than the wait, the index of before the write answers.
 */
class EventIndexesTest {

    private static void addEvent(DatasetGraph store, String id) {
        Node event = NodeFactory.createURI("https://w3id.org/samachar/id/event/" + id);
        Txn.executeWrite(store, () -> store.add(new Quad(Iris.EVENTS_GRAPH, event, RDF.type.asNode(),
                NodeFactory.createURI(Sam.NS + "Meeting"))));
    }

    @Test
    void aWriteIsCountedByTheNextAnswerAndNoWriteKeepsTheIndex() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        addEvent(store, "a");
        EventIndex first = EventIndexes.of(store);
        assertEquals(1, first.eventCount());
        assertSame(first, EventIndexes.of(store), "no write, the same index");
        addEvent(store, "b");
        // A small store is indexed again well within the wait, so the answer counts the write.
        assertEquals(2, EventIndexes.of(store).eventCount());
        addEvent(store, "c");
        assertEquals(3, Txn.calculateRead(store, () -> EventIndexes.of(store)).eventCount(),
                "asked inside a request's read transaction, the rebuild reads in its own");
    }

    @Test
    void whileARebuildIsHeldBackTheIndexOfBeforeTheWriteAnswers() throws Exception {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        addEvent(store, "a");
        assertEquals(1, EventIndexes.of(store).eventCount());
        addEvent(store, "b");
        CountDownLatch release = new CountDownLatch(1);
        EventIndexes.rebuilds().submit(() -> {
            release.await();
            return null;
        });
        try {
            assertEquals(1, EventIndexes.of(store, 50).eventCount(), "the rebuild waits its turn: the old index answers");
        } finally {
            release.countDown();
        }
        assertEquals(2, EventIndexes.of(store, 10_000).eventCount(), "then the rebuilt one");
    }
}
