package org.riverwoods.kap.intake.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityRulesTest {

    private final EligibilityRules rules = new EligibilityRules(Settings.defaults());

    @Test
    void aClearCompleteScreenIsEligibleWithOnlyTheNote() {
        EligibilityAssessment assessment = rules.assess(Screens.clear().build(), false);

        assertEquals(EligibilityDecision.ELIGIBLE, assessment.decision());
        assertEquals(List.of(new EligibilityReason("NO_CONTRAINDICATION", ReasonSeverity.NOTE, "No contraindication found")),
                assessment.reasons());
    }

    static Stream<Arguments> singleFindings() {
        return Stream.of(
                finding("AVM_OR_ANEURYSM", EligibilityDecision.INELIGIBLE, s -> s.aneurysmalVascularDiseaseOrAvm = true),
                finding("INTRACEREBRAL_HAEMORRHAGE", EligibilityDecision.INELIGIBLE, s -> s.intracerebralHaemorrhageHistory = true),
                finding("KETAMINE_HYPERSENSITIVITY", EligibilityDecision.INELIGIBLE, s -> s.ketamineHypersensitivity = true),
                finding("ACTIVE_PSYCHOSIS_OR_MANIA", EligibilityDecision.INELIGIBLE, s -> s.activePsychosisOrMania = true),
                finding("PREGNANT", EligibilityDecision.INELIGIBLE, s -> s.pregnant = true),
                finding("BREASTFEEDING", EligibilityDecision.INELIGIBLE, s -> s.breastfeeding = true),
                finding("UNCONTROLLED_HYPERTENSION", EligibilityDecision.INELIGIBLE, s -> s.uncontrolledHypertension = true),
                finding("BLOOD_PRESSURE_UNCONTROLLED", EligibilityDecision.INELIGIBLE, s -> s.bloodPressure(185, 100)),
                finding("PSYCHOSIS_OR_MANIA_HISTORY", EligibilityDecision.NEEDS_REVIEW, s -> s.psychosisOrManiaHistory = true),
                finding("BLOOD_PRESSURE_ABOVE_REVIEW", EligibilityDecision.NEEDS_REVIEW, s -> s.bloodPressure(150, 85)),
                finding("ACUTE_INTOXICATION_OR_WITHDRAWAL", EligibilityDecision.NEEDS_REVIEW, s -> s.acuteIntoxicationOrWithdrawal = true),
                finding("BENZODIAZEPINES_ABOVE_LIMIT", EligibilityDecision.NEEDS_REVIEW, s -> s.benzodiazepines("4")));
    }

    private static Arguments finding(String code, EligibilityDecision decision, Consumer<Screens> change) {
        return Arguments.of(code, decision, change);
    }

    @ParameterizedTest(name = "{0} alone -> {1}")
    @MethodSource("singleFindings")
    void eachContraindicationAloneGivesItsReasonAndDecision(String code, EligibilityDecision decision,
            Consumer<Screens> change) {
        Screens screen = Screens.clear();
        change.accept(screen);

        EligibilityAssessment assessment = rules.assess(screen.build(), false);

        assertEquals(decision, assessment.decision());
        assertEquals(List.of(code), assessment.reasonCodes());
        ReasonSeverity severity = decision == EligibilityDecision.INELIGIBLE ? ReasonSeverity.EXCLUDES : ReasonSeverity.NEEDS_REVIEW;
        assertEquals(severity, assessment.reasons().get(0).severity());
    }

    @Test
    void suicideRiskNeedsPsychiatricReview() {
        EligibilityAssessment assessment = rules.assess(Screens.clear().build(), true);

        assertEquals(EligibilityDecision.NEEDS_REVIEW, assessment.decision());
        assertEquals(List.of(new EligibilityReason("SUICIDE_RISK", ReasonSeverity.NEEDS_REVIEW,
                "PHQ-9 item 9 positive: psychiatric review before ketamine")), assessment.reasons());
    }

    @Test
    void anExclusionWithAReviewItemIsIneligibleAndListsBoth() {
        Screens screen = Screens.clear();
        screen.pregnant = true;
        screen.acuteIntoxicationOrWithdrawal = true;

        EligibilityAssessment assessment = rules.assess(screen.build(), true);

        assertEquals(EligibilityDecision.INELIGIBLE, assessment.decision());
        assertEquals(List.of("PREGNANT", "ACUTE_INTOXICATION_OR_WITHDRAWAL", "SUICIDE_RISK"), assessment.reasonCodes());
    }

    @Test
    void twoReviewItemsNeedReviewAndListBoth() {
        Screens screen = Screens.clear().benzodiazepines("6");
        screen.psychosisOrManiaHistory = true;

        EligibilityAssessment assessment = rules.assess(screen.build(), false);

        assertEquals(EligibilityDecision.NEEDS_REVIEW, assessment.decision());
        assertEquals(List.of("PSYCHOSIS_OR_MANIA_HISTORY", "BENZODIAZEPINES_ABOVE_LIMIT"), assessment.reasonCodes());
    }

    @Test
    void reasonsComeInTheOrderOfTheScreenWhateverIsFound() {
        Screens screen = Screens.clear().bloodPressure(190, 115).benzodiazepines("10");
        screen.aneurysmalVascularDiseaseOrAvm = true;
        screen.intracerebralHaemorrhageHistory = true;
        screen.ketamineHypersensitivity = true;
        screen.activePsychosisOrMania = true;
        screen.psychosisOrManiaHistory = true;
        screen.pregnant = true;
        screen.breastfeeding = true;
        screen.uncontrolledHypertension = true;
        screen.acuteIntoxicationOrWithdrawal = true;

        EligibilityAssessment assessment = rules.assess(screen.build(), true);

        assertEquals(List.of("AVM_OR_ANEURYSM", "INTRACEREBRAL_HAEMORRHAGE", "KETAMINE_HYPERSENSITIVITY",
                "ACTIVE_PSYCHOSIS_OR_MANIA", "PREGNANT", "BREASTFEEDING", "UNCONTROLLED_HYPERTENSION",
                "BLOOD_PRESSURE_UNCONTROLLED", "PSYCHOSIS_OR_MANIA_HISTORY", "ACUTE_INTOXICATION_OR_WITHDRAWAL",
                "BENZODIAZEPINES_ABOVE_LIMIT", "SUICIDE_RISK"), assessment.reasonCodes());
        assertEquals(EligibilityDecision.INELIGIBLE, assessment.decision());
    }

    @ParameterizedTest(name = "{0}/{1} mmHg -> {2}")
    @CsvSource({
            "140, 90, ELIGIBLE,",
            "141, 90, NEEDS_REVIEW, BLOOD_PRESSURE_ABOVE_REVIEW",
            "140, 91, NEEDS_REVIEW, BLOOD_PRESSURE_ABOVE_REVIEW",
            "179, 109, NEEDS_REVIEW, BLOOD_PRESSURE_ABOVE_REVIEW",
            "180, 80, INELIGIBLE, BLOOD_PRESSURE_UNCONTROLLED",
            "120, 110, INELIGIBLE, BLOOD_PRESSURE_UNCONTROLLED",
            "185, 115, INELIGIBLE, BLOOD_PRESSURE_UNCONTROLLED"})
    void bloodPressureBoundaries(int systolic, int diastolic, EligibilityDecision decision, String code) {
        EligibilityAssessment assessment = rules.assess(Screens.clear().bloodPressure(systolic, diastolic).build(), false);

        assertEquals(decision, assessment.decision());
        assertEquals(List.of(code == null ? "NO_CONTRAINDICATION" : code), assessment.reasonCodes());
    }

    @Test
    void bloodPressureReasonsQuoteTheMeasurementAndTheThreshold() {
        assertEquals("Blood pressure 185/100 mmHg at or above 180/110 (uncontrolled hypertension)",
                rules.assess(Screens.clear().bloodPressure(185, 100).build(), false).reasons().get(0).description());
        assertEquals("Blood pressure 150/85 mmHg above 140/90: control before treatment",
                rules.assess(Screens.clear().bloodPressure(150, 85).build(), false).reasons().get(0).description());
    }

    @ParameterizedTest(name = "{0} mg/day -> {1}")
    @CsvSource({
            "0, ELIGIBLE",
            "3, ELIGIBLE",
            "3.00, ELIGIBLE",
            "3.01, NEEDS_REVIEW",
            "4.5, NEEDS_REVIEW"})
    void benzodiazepinesAboveTheLimitMeansStrictlyAbove(String mgPerDay, EligibilityDecision decision) {
        EligibilityAssessment assessment = rules.assess(Screens.clear().benzodiazepines(mgPerDay).build(), false);

        assertEquals(decision, assessment.decision());
        if (decision == EligibilityDecision.NEEDS_REVIEW) {
            assertEquals(List.of("BENZODIAZEPINES_ABOVE_LIMIT"), assessment.reasonCodes());
        }
    }

    @Test
    void benzodiazepineReasonQuotesTheDoseAndTheLimit() {
        assertEquals("Benzodiazepines 4 mg/day lorazepam-equivalent above the 3 mg/day limit",
                rules.assess(Screens.clear().benzodiazepines("4.00").build(), false).reasons().get(0).description());
        assertEquals("Benzodiazepines 3.01 mg/day lorazepam-equivalent above the 3 mg/day limit",
                rules.assess(Screens.clear().benzodiazepines("3.01").build(), false).reasons().get(0).description());
    }

    static Stream<Arguments> missingItems() {
        return Stream.of(
                missing("AVM_OR_ANEURYSM", s -> s.aneurysmalVascularDiseaseOrAvm = null),
                missing("INTRACEREBRAL_HAEMORRHAGE", s -> s.intracerebralHaemorrhageHistory = null),
                missing("KETAMINE_HYPERSENSITIVITY", s -> s.ketamineHypersensitivity = null),
                missing("ACTIVE_PSYCHOSIS_OR_MANIA", s -> s.activePsychosisOrMania = null),
                missing("PSYCHOSIS_OR_MANIA_HISTORY", s -> s.psychosisOrManiaHistory = null),
                missing("PREGNANT", s -> s.pregnant = null),
                missing("BREASTFEEDING", s -> s.breastfeeding = null),
                missing("UNCONTROLLED_HYPERTENSION", s -> s.uncontrolledHypertension = null),
                missing("ACUTE_INTOXICATION_OR_WITHDRAWAL", s -> s.acuteIntoxicationOrWithdrawal = null),
                missing("SYSTOLIC_BLOOD_PRESSURE", s -> s.systolicMmHg = null),
                missing("DIASTOLIC_BLOOD_PRESSURE", s -> s.diastolicMmHg = null),
                missing("BENZODIAZEPINE_DOSE", s -> s.benzodiazepineMgPerDay = null));
    }

    private static Arguments missing(String item, Consumer<Screens> change) {
        return Arguments.of(item, change);
    }

    @ParameterizedTest(name = "{0} not assessed")
    @MethodSource("missingItems")
    void anItemNotAssessedNeedsReview(String item, Consumer<Screens> change) {
        Screens screen = Screens.clear();
        change.accept(screen);

        EligibilityAssessment assessment = rules.assess(screen.build(), false);

        assertEquals(EligibilityDecision.NEEDS_REVIEW, assessment.decision());
        assertEquals(List.of("NOT_ASSESSED_" + item), assessment.reasonCodes());
        assertEquals(ReasonSeverity.NEEDS_REVIEW, assessment.reasons().get(0).severity());
        assertTrue(assessment.reasons().get(0).description().startsWith("Not assessed: "));
    }

    @Test
    void anEmptyScreenListsEveryItemNotAssessedAndIsNeverEligible() {
        ContraindicationScreen empty = new ContraindicationScreen(null, null, null, null, null, null, null, null, null,
                null, null, null);

        EligibilityAssessment assessment = rules.assess(empty, false);

        assertEquals(EligibilityDecision.NEEDS_REVIEW, assessment.decision());
        assertEquals(12, assessment.reasons().size());
        assertTrue(assessment.reasonCodes().stream().allMatch(c -> c.startsWith("NOT_ASSESSED_")));
        assertEquals("NOT_ASSESSED_AVM_OR_ANEURYSM", assessment.reasonCodes().get(0));
        assertEquals("NOT_ASSESSED_BENZODIAZEPINE_DOSE", assessment.reasonCodes().get(11));
    }

    @Test
    void anExclusionStillDecidesOnAnIncompleteScreen() {
        Screens screen = Screens.clear();
        screen.ketamineHypersensitivity = true;
        screen.pregnant = null;

        EligibilityAssessment assessment = rules.assess(screen.build(), false);

        assertEquals(EligibilityDecision.INELIGIBLE, assessment.decision());
        assertEquals(List.of("KETAMINE_HYPERSENSITIVITY", "NOT_ASSESSED_PREGNANT"), assessment.reasonCodes());
    }

    @Test
    void theMeasuredHalfOfAPartialBloodPressureStillCounts() {
        EligibilityAssessment assessment = rules.assess(Screens.clear().bloodPressure(190, null).build(), false);

        assertEquals(EligibilityDecision.INELIGIBLE, assessment.decision());
        assertEquals(List.of("BLOOD_PRESSURE_UNCONTROLLED", "NOT_ASSESSED_DIASTOLIC_BLOOD_PRESSURE"),
                assessment.reasonCodes());
        assertEquals("Blood pressure 190/? mmHg at or above 180/110 (uncontrolled hypertension)",
                assessment.reasons().get(0).description());
    }

    @Test
    void aClinicThatLowersTheUncontrolledThresholdExcludesWhatTheDefaultOnlyReviews() {
        ContraindicationScreen screen = Screens.clear().bloodPressure(172, 88).build();
        EligibilityRules clinic = new EligibilityRules(Settings.clinic(Map.of(
                "kap.clinical.eligibility.uncontrolled-systolic-from-mm-hg", "170")));

        assertEquals(EligibilityDecision.NEEDS_REVIEW, rules.assess(screen, false).decision());
        EligibilityAssessment clinicAssessment = clinic.assess(screen, false);
        assertEquals(EligibilityDecision.INELIGIBLE, clinicAssessment.decision());
        assertEquals("Blood pressure 172/88 mmHg at or above 170/110 (uncontrolled hypertension)",
                clinicAssessment.reasons().get(0).description());
    }

    @Test
    void aClinicThatRaisesTheBenzodiazepineLimitAcceptsTheDoseTheDefaultReviews() {
        ContraindicationScreen screen = Screens.clear().benzodiazepines("4").build();
        EligibilityRules clinic = new EligibilityRules(Settings.clinic(Map.of(
                "kap.clinical.eligibility.benzodiazepine-limit-lorazepam-mg-per-day", "4")));

        assertEquals(EligibilityDecision.NEEDS_REVIEW, rules.assess(screen, false).decision());
        assertEquals(EligibilityDecision.ELIGIBLE, clinic.assess(screen, false).decision());
    }

    @Test
    void theDecisionAlwaysComesWithItsReasons() {
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilityAssessment(EligibilityDecision.ELIGIBLE, List.of()));
        assertThrows(NullPointerException.class, () -> rules.assess(null, false));
    }
}
