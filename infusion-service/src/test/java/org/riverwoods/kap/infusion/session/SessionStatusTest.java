package org.riverwoods.kap.infusion.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The session state machine, every pair of states. */
class SessionStatusTest {

    @Test
    void onlyTheDocumentedTransitionsAreAllowed() {
        assertNext(SessionStatus.SCHEDULED, SessionStatus.CHECKED_IN, SessionStatus.CANCELLED);
        assertNext(SessionStatus.CHECKED_IN, SessionStatus.PRE_ASSESSMENT_PASSED, SessionStatus.DEFERRED,
                SessionStatus.ABORTED, SessionStatus.CANCELLED);
        // the gate is run again until the start: a pass again, or back to checked in on a fixable failure
        assertNext(SessionStatus.PRE_ASSESSMENT_PASSED, SessionStatus.INFUSING, SessionStatus.PRE_ASSESSMENT_PASSED,
                SessionStatus.CHECKED_IN, SessionStatus.DEFERRED, SessionStatus.ABORTED, SessionStatus.CANCELLED);
        assertNext(SessionStatus.INFUSING, SessionStatus.RECOVERY, SessionStatus.ABORTED);
        assertNext(SessionStatus.RECOVERY, SessionStatus.DISCHARGED);
        for (SessionStatus end : EnumSet.of(SessionStatus.DISCHARGED, SessionStatus.DEFERRED, SessionStatus.ABORTED,
                SessionStatus.CANCELLED)) {
            assertNext(end);
        }
    }

    @Test
    void nothingSkipsTheGate() {
        assertFalse(SessionStatus.CHECKED_IN.canBecome(SessionStatus.INFUSING));
        assertFalse(SessionStatus.SCHEDULED.canBecome(SessionStatus.INFUSING));
        assertFalse(SessionStatus.DEFERRED.canBecome(SessionStatus.INFUSING));
    }

    private static void assertNext(SessionStatus from, SessionStatus... allowed) {
        Set<SessionStatus> expected = allowed.length == 0 ? EnumSet.noneOf(SessionStatus.class) : EnumSet.of(allowed[0], allowed);
        for (SessionStatus to : SessionStatus.values()) {
            assertEquals(expected.contains(to), from.canBecome(to), from + " -> " + to);
        }
    }
}
