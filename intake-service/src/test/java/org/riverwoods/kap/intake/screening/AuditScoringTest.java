package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

/** AUDIT per Babor et al., WHO 2001: zones I 0-7, II 8-15, III 16-19, IV 20-40. */
class AuditScoringTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({ "0, ZONE_I", "7, ZONE_I", "8, ZONE_II", "9, ZONE_II", "15, ZONE_II", "16, ZONE_III", "17, ZONE_III",
            "19, ZONE_III", "20, ZONE_IV", "21, ZONE_IV", "33, ZONE_IV", "40, ZONE_IV" })
    void zones(int total, ScreeningBand zone) {
        ScreeningResult result = scorer.score(Instrument.AUDIT, Answers.summingTo(Instrument.AUDIT, total), Sex.MALE);
        assertEquals(total, result.total());
        assertEquals(zone, result.band());
        assertEquals(40, result.maxTotal());
    }

    @Test
    void theMaximumIs40() {
        ScreeningResult result = scorer.score(Instrument.AUDIT, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), Sex.FEMALE);
        assertEquals(40, result.total());
        assertEquals(ScreeningBand.ZONE_IV, result.band());
        assertEquals(12, result.auditCTotal());
    }

    @Test
    void items4To6Summing3DoNotSuggestDependenceAnd4Do() {
        ScreeningResult three = scorer.score(Instrument.AUDIT, List.of(0, 0, 0, 1, 1, 1, 0, 0, 0, 0), Sex.MALE);
        assertFalse(three.has(ScreeningFlag.POSSIBLE_DEPENDENCE));
        ScreeningResult four = scorer.score(Instrument.AUDIT, List.of(0, 0, 0, 2, 1, 1, 0, 0, 0, 0), Sex.MALE);
        assertTrue(four.has(ScreeningFlag.POSSIBLE_DEPENDENCE));
        assertEquals(ScreeningBand.ZONE_I, four.band(), "the dependence items flag whatever the zone");
    }

    @Test
    void onlyItems4To6CountTowardsDependence() {
        // every item but 4-6 at its maximum, and the neighbours 3 and 7 each enough on their own
        ScreeningResult result = scorer.score(Instrument.AUDIT, List.of(4, 4, 4, 0, 0, 0, 4, 4, 4, 4), Sex.MALE);
        assertEquals(28, result.total());
        assertFalse(result.has(ScreeningFlag.POSSIBLE_DEPENDENCE));
        assertTrue(scorer.score(Instrument.AUDIT, List.of(0, 0, 0, 0, 0, 4, 0, 0, 0, 0), Sex.MALE)
                .has(ScreeningFlag.POSSIBLE_DEPENDENCE), "item 6 alone can reach the cut-off");
    }

    @Test
    void theAuditCIsItems1To3WithTheSexSpecificCutoff() {
        List<Integer> answers = List.of(1, 1, 1, 0, 0, 0, 4, 4, 4, 4);
        ScreeningResult female = scorer.score(Instrument.AUDIT, answers, Sex.FEMALE);
        ScreeningResult male = scorer.score(Instrument.AUDIT, answers, Sex.MALE);
        assertEquals(3, female.auditCTotal());
        assertTrue(female.has(ScreeningFlag.AUDIT_C_POSITIVE));
        assertFalse(male.has(ScreeningFlag.AUDIT_C_POSITIVE));
        assertTrue(scorer.score(Instrument.AUDIT, answers, Sex.INTERSEX).has(ScreeningFlag.AUDIT_C_POSITIVE));
        assertTrue(scorer.score(Instrument.AUDIT, answers, Sex.UNKNOWN).has(ScreeningFlag.AUDIT_C_POSITIVE));
        assertTrue(scorer.score(Instrument.AUDIT, List.of(2, 1, 1, 0, 0, 0, 0, 0, 0, 0), Sex.MALE)
                .has(ScreeningFlag.AUDIT_C_POSITIVE));
    }

    @Test
    void flagsComeInTheirDeclaredOrder() {
        ScreeningResult result = scorer.score(Instrument.AUDIT, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), Sex.MALE);
        assertEquals(List.of(ScreeningFlag.POSSIBLE_DEPENDENCE, ScreeningFlag.AUDIT_C_POSITIVE), result.flags());
    }
}
