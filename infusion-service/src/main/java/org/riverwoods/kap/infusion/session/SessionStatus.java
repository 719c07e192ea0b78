package org.riverwoods.kap.infusion.session;

import java.util.Map;
import java.util.Set;

/**
 * scheduled -> checked in -> pre-assessment passed -> infusing -> recovery -> discharged; or deferred
 * (the gate failed before dosing) or aborted (stopped, with a reason); cancelled when treatment
 * cancels the appointment before dosing. A gate run that fails on something fixable takes a passed
 * session back to checked in.
 */
public enum SessionStatus {
    SCHEDULED, CHECKED_IN, PRE_ASSESSMENT_PASSED, INFUSING, RECOVERY, DISCHARGED, DEFERRED, ABORTED, CANCELLED;

    private static final Map<SessionStatus, Set<SessionStatus>> NEXT = Map.of(
            SCHEDULED, Set.of(CHECKED_IN, CANCELLED),
            CHECKED_IN, Set.of(PRE_ASSESSMENT_PASSED, DEFERRED, ABORTED, CANCELLED),
            // the gate may be run again until the start; the latest run decides
            PRE_ASSESSMENT_PASSED, Set.of(INFUSING, PRE_ASSESSMENT_PASSED, CHECKED_IN, DEFERRED, ABORTED, CANCELLED),
            INFUSING, Set.of(RECOVERY, ABORTED),
            RECOVERY, Set.of(DISCHARGED),
            DISCHARGED, Set.of(),
            DEFERRED, Set.of(),
            ABORTED, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(SessionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Dosing has begun: vitals are monitored and adverse events can occur. */
    public boolean isUnderCare() {
        return this == INFUSING || this == RECOVERY;
    }
}
