package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One run of the pre-assessment as entered, the facts it was judged on, and what the safety gate
 * found. Every run is kept; the latest decides.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreAssessmentRecord(Instant assessedAt, String assessedBy, Requests.PreAssessment answers,
        boolean treatmentConsentActive, String planStatus, Instant suicideRiskOpenSince, boolean passed,
        List<Finding> failures) {

    /** One failed gate item, in the words shown to the nurse. */
    public record Finding(String check, String message) {
    }
}
