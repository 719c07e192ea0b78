package org.riverwoods.kap.kit.failure;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a transient failure (it may succeed if tried again: the database is down or busy, a lock
 * or serialization conflict, a timeout) from everything else, by walking the causes.
 */
public final class Failures {

    /** PostgreSQL SQLSTATE classes and codes that are about the moment, not the data. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03", "25006");

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientFailure || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            String name = t.getClass().getName();
            // Named, not imported: the kit must not need these on the class path to classify.
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")
                    || name.equals("org.hibernate.PessimisticLockException")
                    || name.equals("jakarta.persistence.PessimisticLockException")
                    || name.equals("jakarta.persistence.LockTimeoutException")
                    || name.equals("jakarta.persistence.QueryTimeoutException")
                    || name.equals("org.hibernate.QueryTimeoutException")
                    || name.equals("io.agroal.pool.ConnectionPool$AcquisitionTimeoutException")) {
                return true;
            }
            if (name.equals("jakarta.transaction.RollbackException") && t.getCause() == null) {
                // The commit itself failed and the transaction manager kept no cause (Narayana logs the
                // XAException and drops it): a connection lost at commit is by far the usual reason, and
                // no constraint of the services is deferred to commit. Retried in place: a failure that
                // comes back every time holds the consumer (readiness DOWN) instead of dead-lettering a
                // valid event.
                return true;
            }
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true; // Agroal: no connection could be had in time
            }
        }
        return false;
    }

    /**
     * The classes of a failure and its causes, outermost first ("A <- B <- C"): enough to diagnose,
     * and safe to log, since messages of persistence errors can quote patient data.
     */
    public static String classChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                chain.append("[SQLSTATE ").append(sql.getSQLState()).append(']');
            }
        }
        return chain.toString();
    }

    private static boolean isTransientState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_SQL_STATES.contains(state) || TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2)));
    }
}
