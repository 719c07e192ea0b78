package org.riverwoods.kap.kit.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Transient (retried in place for ever) versus a defect (dead-lettered after a few attempts). */
class FailuresTest {

    @Test
    void aConnectionLostOrRefusedIsTransient() {
        assertTrue(Failures.isTransient(new IllegalStateException(new SQLException("I/O error", "08006"))));
        assertTrue(Failures.isTransient(new RuntimeException(new java.net.ConnectException("refused"))));
        assertTrue(Failures.isTransient(new SQLException("deadlock", "40P01")));
    }

    @Test
    void aCommitThatFailedWithoutACauseIsTransient() {
        // what a database lost during the commit leaves, as seen in the fault tier's PostgreSQL outage
        assertTrue(Failures.isTransient(new IllegalStateException(new RollbackException("ARJUNA016053"))));
    }

    @Test
    void aConstraintOrADefectIsNot() {
        assertFalse(Failures.isTransient(new SQLException("unique", "23505")));
        assertFalse(Failures.isTransient(new IllegalStateException("a defect")));
        RollbackException withCause = new RollbackException("rolled back");
        withCause.initCause(new SQLException("check", "23514"));
        assertFalse(Failures.isTransient(withCause), "a commit refused for a stated, lasting reason");
    }
}
