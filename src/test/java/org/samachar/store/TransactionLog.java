package org.samachar.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Transactional;

/** A dataset that counts its write transactions, and those of them that were aborted. */
final class TransactionLog extends DatasetGraphWrapper {

    private int writes;
    private int abortedWrites;
    /** A write transaction is open and has not committed. */
    private boolean writing;

    TransactionLog(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        if (type == TxnType.WRITE) {
            wrote();
        }
    }

    @Override
    public void begin(ReadWrite readWrite) {
        begin(TxnType.convert(readWrite));
    }

    @Override
    public boolean promote() {
        boolean was = writing;
        boolean done = super.promote();
        if (done && !was) {
            wrote();
        }
        return done;
    }

    @Override
    public boolean promote(Transactional.Promote mode) {
        boolean was = writing;
        boolean done = super.promote(mode);
        if (done && !was) {
            wrote();
        }
        return done;
    }

    private void wrote() {
        writes++;
        writing = true;
    }

    @Override
    public void commit() {
        super.commit();
        writing = false;
    }

    @Override
    public void abort() {
        given();
        super.abort();
    }

    @Override
    public void end() {
        given(); // an end without a commit aborts a write transaction too
        super.end();
    }

    private void given() {
        if (writing) {
            abortedWrites++;
            writing = false;
        }
    }

    /** Write transactions begun, and read transactions promoted to write. */
    int writes() {
        return writes;
    }

    int abortedWrites() {
        return abortedWrites;
    }
}
