package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

/** PHQ-9 per Kroenke 2001: 0-4 none/minimal, 5 mild, 10 moderate, 15 moderately severe, 20 severe. */
class Phq9ScoringTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({ "0, NONE_MINIMAL", "4, NONE_MINIMAL", "5, MILD", "6, MILD", "9, MILD", "10, MODERATE", "11, MODERATE",
            "14, MODERATE", "15, MODERATELY_SEVERE", "16, MODERATELY_SEVERE", "19, MODERATELY_SEVERE", "20, SEVERE",
            "21, SEVERE", "27, SEVERE" })
    void bands(int total, ScreeningBand band) {
        ScreeningResult result = scorer.score(Instrument.PHQ_9, Answers.summingTo(Instrument.PHQ_9, total), Sex.FEMALE);
        assertEquals(total, result.total());
        assertEquals(band, result.band());
        assertEquals(27, result.maxTotal());
    }

    @Test
    void item9Answered1WithATotalOf1IsASuicideRisk() {
        ScreeningResult result = scorer.score(Instrument.PHQ_9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), Sex.MALE);
        assertEquals(1, result.total());
        assertEquals(ScreeningBand.NONE_MINIMAL, result.band());
        assertEquals(List.of(ScreeningFlag.SUICIDE_RISK), result.flags());
    }

    @Test
    void aHighTotalWithoutItem9IsNoSuicideFlag() {
        ScreeningResult result = scorer.score(Instrument.PHQ_9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 0), Sex.MALE);
        assertEquals(24, result.total());
        assertEquals(ScreeningBand.SEVERE, result.band());
        assertFalse(result.has(ScreeningFlag.SUICIDE_RISK));
        assertEquals(null, result.auditCTotal());
    }

    @Test
    void theMaximumIs27AndRaisesTheFlag() {
        ScreeningResult result = scorer.score(Instrument.PHQ_9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), Sex.MALE);
        assertEquals(27, result.total());
        assertTrue(result.has(ScreeningFlag.SUICIDE_RISK));
    }

    @Test
    void theItem9AlertFollowsTheClinicSetting() {
        ScreeningScorer local = new ScreeningScorer(Cutoffs.withClinicSettings(Map.of(
                "kap.clinical.screening.phq9.suicide-item-alert-from", "2")));
        assertFalse(local.score(Instrument.PHQ_9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), Sex.MALE)
                .has(ScreeningFlag.SUICIDE_RISK));
        assertTrue(local.score(Instrument.PHQ_9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 2), Sex.MALE)
                .has(ScreeningFlag.SUICIDE_RISK));
    }
}
