package org.riverwoods.kap.treatment.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Flags and reviews compared by when they happened, whatever order they arrive in. */
class SuicideRiskTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void aFlagIsOpenUntilAReviewAtOrAfterIt() {
        SuicideRisk risk = new SuicideRisk();
        assertFalse(risk.isOpen());
        assertNull(SuicideRiskView.of(risk), "never flagged: nothing to show");
        assertTrue(risk.flag(NINE, FlagSource.INTAKE_SCREENING));
        assertTrue(risk.isOpen());
        assertTrue(risk.review(NINE, ReviewOutcome.NO_CURRENT_RISK));
        assertFalse(risk.isOpen(), "a review clears the flags raised at its time");
    }

    @Test
    void aReviewArrivingBeforeItsFlagStillClosesIt() {
        SuicideRisk risk = new SuicideRisk();
        risk.review(TEN, ReviewOutcome.SAFETY_PLAN_IN_PLACE);
        assertNull(SuicideRiskView.of(risk), "a review alone shows nothing");
        risk.flag(NINE, FlagSource.INTAKE_SCREENING);
        assertFalse(risk.isOpen());
        SuicideRiskView view = SuicideRiskView.of(risk);
        assertEquals(NINE, view.flaggedAt());
        assertEquals(ReviewOutcome.SAFETY_PLAN_IN_PLACE, view.reviewOutcome());
    }

    @Test
    void aFlagNewerThanTheReviewReopensAndAnOlderOneDoesNot() {
        SuicideRisk risk = new SuicideRisk();
        risk.flag(NINE, FlagSource.INTAKE_SCREENING);
        risk.review(TEN, ReviewOutcome.NO_CURRENT_RISK);
        assertTrue(risk.flag(ELEVEN, FlagSource.QUESTIONNAIRE_DURING_TREATMENT));
        assertTrue(risk.isOpen());
        assertFalse(risk.flag(NINE, FlagSource.INTAKE_SCREENING), "a late, older flag");
        assertEquals(ELEVEN, risk.flaggedAt);
        assertEquals(FlagSource.QUESTIONNAIRE_DURING_TREATMENT, risk.source);
    }

    @Test
    void aLateOlderReviewDoesNotReplaceTheLatest() {
        SuicideRisk risk = new SuicideRisk();
        risk.flag(NINE, FlagSource.INTAKE_SCREENING);
        risk.review(ELEVEN, ReviewOutcome.REFERRED_TO_CRISIS_SERVICES);
        assertFalse(risk.review(TEN, ReviewOutcome.NO_CURRENT_RISK));
        assertEquals(ELEVEN, risk.reviewedAt);
        assertEquals(ReviewOutcome.REFERRED_TO_CRISIS_SERVICES, risk.reviewOutcome);
        assertFalse(risk.isOpen());
    }

    @Test
    void onlyTheOutcomesOfTheContractAreKnown() {
        assertEquals(ReviewOutcome.NO_CURRENT_RISK, ReviewOutcome.named("NO_CURRENT_RISK"));
        assertNull(ReviewOutcome.named("LOOKS_FINE"));
        assertNull(ReviewOutcome.named(null));
    }
}
