package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.List;

/** The last pre-assessment as entered, and what the safety gate found. */
public record PreAssessmentRecord(Instant assessedAt, String assessedBy, Requests.PreAssessment answers,
        boolean treatmentConsentActive, boolean planOnHold, boolean passed, List<Finding> failures) {

    /** One failed gate item, in the words shown to the nurse. */
    public record Finding(String check, String message) {
    }
}
