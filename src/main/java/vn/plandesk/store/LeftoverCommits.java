package vn.plandesk.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits that a killed process had begun but not completed.
 *
 * <p>H2 commits a large transaction in two steps: it first marks the transaction's undo log as committed (from then on
 * the transaction counts as committed), then walks every change to make it permanent. When the process dies during
 * the walk, the next start finds the transaction with the status "committed" and calls its {@code commit()}, which in
 * H2 2.5.252 does nothing for a transaction that is already in that status. The transaction then stays open for ever:
 * the changes already walked are visible, the others stay locked, and every reader of them waits for the lock timeout
 * (a killed import of 13,000 tasks left a plan listed with 2,140 of them that could not be opened).
 *
 * <p>Since the officer's commit had been accepted, the plan is finished whole: the walk is run again over the complete
 * undo log (committing a change twice is harmless) and the transaction is closed. H2 offers no public call for this, so
 * its own package-private steps are called, as its {@code commit()} would for a transaction still open.
 */
final class LeftoverCommits {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverCommits.class);

    private LeftoverCommits() {
    }

    /** Completes every committed-but-unfinished transaction of the store behind the connection; returns how many. */
    static int finish(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        TransactionStore transactions = session.getDatabase().getStore().getTransactionStore();
        int finished = 0;
        for (Transaction t : transactions.getOpenTransactions()) {
            if (t.getStatus() != Transaction.STATUS_COMMITTED) {
                continue;
            }
            try {
                Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
                Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class,
                        boolean.class);
                commit.setAccessible(true);
                end.setAccessible(true);
                commit.invoke(transactions, t, true);
                end.invoke(transactions, t, true);
            } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
                throw new SQLException("cannot finish an interrupted commit with this H2 version", e);
            } catch (InvocationTargetException e) {
                throw new SQLException("cannot finish an interrupted commit", e.getCause());
            }
            finished++;
            LOG.warn("finished transaction {} whose commit had been interrupted", t.getId());
        }
        if (finished > 0) {
            session.getDatabase().getStore().getMvStore().commit();
        }
        return finished;
    }
}
