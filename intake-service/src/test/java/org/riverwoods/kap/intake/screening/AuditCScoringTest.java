package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

/** AUDIT-C on its own: positive from 4 for men (Bush 1998), from 3 for women (Bradley 2007). */
class AuditCScoringTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
            "FEMALE, 2, NEGATIVE", "FEMALE, 3, POSITIVE", "FEMALE, 4, POSITIVE",
            "MALE, 3, NEGATIVE", "MALE, 4, POSITIVE", "MALE, 5, POSITIVE",
            // neither published cut-off was validated for them: the more sensitive one applies
            "INTERSEX, 2, NEGATIVE", "INTERSEX, 3, POSITIVE", "INTERSEX, 4, POSITIVE",
            "UNKNOWN, 2, NEGATIVE", "UNKNOWN, 3, POSITIVE", "UNKNOWN, 4, POSITIVE" })
    void positiveAtTheSexSpecificCutoff(Sex sex, int total, ScreeningBand band) {
        ScreeningResult result = scorer.score(Instrument.AUDIT_C, Answers.summingTo(Instrument.AUDIT_C, total), sex);
        assertEquals(total, result.total());
        assertEquals(band, result.band());
        assertEquals(band == ScreeningBand.POSITIVE ? List.of(ScreeningFlag.AUDIT_C_POSITIVE) : List.of(), result.flags());
        assertEquals(total, result.auditCTotal());
    }

    @Test
    void aMissingSexIsTreatedAsUnknown() {
        assertEquals(ScreeningBand.POSITIVE, scorer.score(Instrument.AUDIT_C, List.of(1, 1, 1), null).band());
    }

    @Test
    void theMaximumIs12() {
        ScreeningResult result = scorer.score(Instrument.AUDIT_C, List.of(4, 4, 4), Sex.MALE);
        assertEquals(12, result.total());
        assertEquals(12, result.maxTotal());
    }

    @Test
    void theCutoffsForTheUnknownAndIntersexFollowTheLowerSettingWhicheverItIs() {
        ScreeningScorer local = new ScreeningScorer(Cutoffs.withClinicSettings(java.util.Map.of(
                "kap.clinical.screening.audit-c.positive-from-male", "2")));
        assertEquals(ScreeningBand.POSITIVE, local.score(Instrument.AUDIT_C, List.of(2, 0, 0), Sex.INTERSEX).band());
        assertEquals(ScreeningBand.NEGATIVE, local.score(Instrument.AUDIT_C, List.of(2, 0, 0), Sex.FEMALE).band());
    }
}
