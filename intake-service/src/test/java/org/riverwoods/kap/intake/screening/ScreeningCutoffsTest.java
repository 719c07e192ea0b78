package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class ScreeningCutoffsTest {

    @Test
    void theDefaultsAreThePublishedCutoffs() {
        ScreeningCutoffs cutoffs = Cutoffs.published();
        assertEquals(List.of(8, 16, 20, 4), List.of(cutoffs.audit().zoneIiFrom(), cutoffs.audit().zoneIiiFrom(),
                cutoffs.audit().zoneIvFrom(), cutoffs.audit().dependenceItems4To6From()));
        assertEquals(4, cutoffs.auditC().positiveFromMale());
        assertEquals(3, cutoffs.auditC().positiveFromFemale());
        assertEquals(List.of(1, 3, 6, 9), List.of(cutoffs.dast10().lowFrom(), cutoffs.dast10().moderateFrom(),
                cutoffs.dast10().substantialFrom(), cutoffs.dast10().severeFrom()));
        assertEquals(List.of(5, 10, 15, 20, 1), List.of(cutoffs.phq9().mildFrom(), cutoffs.phq9().moderateFrom(),
                cutoffs.phq9().moderatelySevereFrom(), cutoffs.phq9().severeFrom(), cutoffs.phq9().suicideItemAlertFrom()));
        assertEquals(List.of(5, 10, 15), List.of(cutoffs.gad7().mildFrom(), cutoffs.gad7().moderateFrom(),
                cutoffs.gad7().severeFrom()));
    }

    @Test
    void aClinicOverrideMovesTheBand() {
        List<Integer> ten = Answers.summingTo(Instrument.PHQ_9, 10);
        assertEquals(ScreeningBand.MODERATE, Cutoffs.publishedScorer().score(Instrument.PHQ_9, ten, Sex.FEMALE).band());
        ScreeningScorer local = new ScreeningScorer(Cutoffs.withClinicSettings(Map.of(
                "kap.clinical.screening.phq9.moderate-from", "11")));
        assertEquals(ScreeningBand.MILD, local.score(Instrument.PHQ_9, ten, Sex.FEMALE).band());
        assertEquals(ScreeningBand.MODERATE,
                local.score(Instrument.PHQ_9, Answers.summingTo(Instrument.PHQ_9, 11), Sex.FEMALE).band());
    }

    @Test
    void aDefaultValueOverrideIsLiveToo() {
        ScreeningCutoffs cutoffs = new SmallRyeConfigBuilder().withMapping(ScreeningCutoffs.class)
                .withDefaultValue("kap.clinical.screening.audit.zone-ii-from", "9")
                .build().getConfigMapping(ScreeningCutoffs.class);
        ScreeningScorer local = new ScreeningScorer(cutoffs);
        assertEquals(ScreeningBand.ZONE_I,
                local.score(Instrument.AUDIT, Answers.summingTo(Instrument.AUDIT, 8), Sex.MALE).band());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "kap.clinical.screening.phq9.moderately-severe-from, 16, PHQ_9, 15, MODERATE",
            "kap.clinical.screening.gad7.severe-from, 14, GAD_7, 14, SEVERE",
            "kap.clinical.screening.dast10.low-from, 2, DAST_10, 1, NONE",
            "kap.clinical.screening.audit.zone-iv-from, 21, AUDIT, 20, ZONE_III",
            "kap.clinical.screening.audit-c.positive-from-female, 4, AUDIT_C, 3, NEGATIVE" })
    void everySettingIsReadUnderItsKebabCaseName(String property, String value, Instrument instrument, int total,
            ScreeningBand band) {
        ScreeningScorer local = new ScreeningScorer(Cutoffs.withClinicSettings(Map.of(property, value)));
        List<Integer> answers = instrument == Instrument.DAST_10 ? List.of(1, 0, 1, 0, 0, 0, 0, 0, 0, 0)
                : Answers.summingTo(instrument, total);
        assertEquals(band, local.score(instrument, answers, Sex.FEMALE).band());
    }

    @Test
    void theDependenceSettingIsLive() {
        ScreeningScorer local = new ScreeningScorer(Cutoffs.withClinicSettings(Map.of(
                "kap.clinical.screening.audit.dependence-items-4-to-6-from", "3")));
        assertTrue(local.score(Instrument.AUDIT, List.of(0, 0, 0, 1, 1, 1, 0, 0, 0, 0), Sex.MALE)
                .has(ScreeningFlag.POSSIBLE_DEPENDENCE));
    }

    @Test
    void anEnvironmentVariableSetsACutoff() {
        ScreeningCutoffs cutoffs = new SmallRyeConfigBuilder().withMapping(ScreeningCutoffs.class)
                .withSources(new EnvConfigSource(Map.of("KAP_CLINICAL_SCREENING_PHQ9_MODERATELY_SEVERE_FROM", "16"), 300))
                .build().getConfigMapping(ScreeningCutoffs.class);
        assertEquals(16, cutoffs.phq9().moderatelySevereFrom());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "kap.clinical.screening.phq9.moderate-from, 4",   // below mild
            "kap.clinical.screening.phq9.severe-from, 15",    // equal to moderately severe
            "kap.clinical.screening.gad7.severe-from, 22",    // beyond the maximum
            "kap.clinical.screening.dast10.low-from, 0",      // no "none" band left
            "kap.clinical.screening.audit.zone-ii-from, 17",  // above zone III
            "kap.clinical.screening.audit-c.positive-from-male, 13",
            "kap.clinical.screening.audit.dependence-items-4-to-6-from, 0",
            "kap.clinical.screening.phq9.suicide-item-alert-from, 4" })
    void cutoffsThatWouldMisbandPatientsAreRefused(String property, String value) {
        ScreeningCutoffs cutoffs = Cutoffs.withClinicSettings(Map.of(property, value));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ScreeningScorer(cutoffs));
        String group = property.substring(0, property.lastIndexOf('.'));
        assertTrue(e.getMessage().startsWith(group), e.getMessage());
    }
}
