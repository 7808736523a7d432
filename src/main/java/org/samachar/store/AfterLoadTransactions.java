package org.samachar.store;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The store as the steps after the articles open their transactions on it ({@link PlannedWrite}):
 * itself, except that once it has refused to promote a transaction while no writer began, it
 * refuses promotable transactions from the start, so that the plan is made under the write lock at
 * once. Under {@code serve} the TDB2 store has jena-text's index over it, which joins the store's
 * transactions and refuses every promotion, although the store accepts a promotable transaction:
 * each live batch planned its event resolution four times (three refusals, then under the write
 * lock), most of what one article's resolution cost the server once the resolution itself was
 * cheap. A class of the steps after the articles rather than a change of PlannedWrite, which the
 * pipeline's fingerprint covers: changing it would make every store re-extract every article.
 */
final class AfterLoadTransactions extends DatasetGraphWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoad.class);
    /** The transaction coordinators of TDB2 stores that refused a promotion with no writer about. */
    private static final Set<TransactionCoordinator> REFUSING = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private final TransactionCoordinator coordinator;
    private long writers;

    private AfterLoadTransactions(DatasetGraph store, TransactionCoordinator coordinator) {
        super(store);
        this.coordinator = coordinator;
    }

    /** The store to open the steps' transactions on; not a TDB2 store is its own. */
    static DatasetGraph of(DatasetGraph store) {
        TransactionCoordinator coordinator = TDBInternal.isTDB2(store) ? TDBInternal.getTransactionCoordinator(store) : null;
        return coordinator == null ? store : new AfterLoadTransactions(store, coordinator);
    }

    @Override
    public void begin(TxnType type) {
        if ((type == TxnType.READ_PROMOTE || type == TxnType.READ_COMMITTED_PROMOTE) && REFUSING.contains(coordinator)) {
            throw new UnsupportedOperationException("the store refuses to promote transactions");
        }
        writers = coordinator.countBeginWrite();
        super.begin(type);
    }

    @Override
    public boolean promote() {
        return refused(super.promote());
    }

    @Override
    public boolean promote(Promote mode) {
        return refused(super.promote(mode));
    }

    private boolean refused(boolean promoted) {
        if (!promoted && coordinator.countBeginWrite() == writers && REFUSING.add(coordinator)) {
            LOG.info("the store refuses to promote a transaction with no other writer (a text index over it): "
                    + "the steps after the articles are planned under the write lock from now on");
        }
        return promoted;
    }
}
