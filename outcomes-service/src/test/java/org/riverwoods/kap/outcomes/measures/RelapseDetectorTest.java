package org.riverwoods.kap.outcomes.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.outcomes.measures.Diaries.ALCOHOL;
import static org.riverwoods.kap.outcomes.measures.Diaries.CANNABIS;
import static org.riverwoods.kap.outcomes.measures.Diaries.COCAINE;
import static org.riverwoods.kap.outcomes.measures.Diaries.day;
import static org.riverwoods.kap.outcomes.measures.Diaries.drinks;
import static org.riverwoods.kap.outcomes.measures.Diaries.negative;
import static org.riverwoods.kap.outcomes.measures.Diaries.nothing;
import static org.riverwoods.kap.outcomes.measures.Diaries.positive;
import static org.riverwoods.kap.outcomes.measures.Diaries.used;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelapseDetectorTest {

    private static final LocalDate PLAN_START = day("2026-12-01");
    private static final LocalDate AS_OF = day("2026-12-31");

    /**
     * One alcohol diary for every rule. Day numbers from the start (1 Dec = day 0):
     * 25 Nov 8 drinks (baseline, never counts) | 1, 2 Dec nothing | 3 Dec (day 2) 2 drinks, the
     * first use | 4 Dec nothing | 5 Dec unknown | 6 Dec (day 5) 3 drinks | 7 Dec nothing |
     * 8 Dec (day 7) 6 drinks, the first heavy day for anyone | 9 Dec (day 8) 1 drink, use on the
     * day after 8 Dec | 10-14 Dec nothing; 14 Dec (day 13) is the last report.
     */
    private static final List<DiaryDay> DIARY = diary();

    private final RelapseDetector detector = new RelapseDetector(Settings.defaults());

    private static List<DiaryDay> diary() {
        List<DiaryDay> days = new ArrayList<>(List.of(drinks("2026-11-25", "8"), nothing("2026-12-01"),
                nothing("2026-12-02"), drinks("2026-12-03", "2"), nothing("2026-12-04"), drinks("2026-12-06", "3"),
                nothing("2026-12-07"), drinks("2026-12-08", "6"), drinks("2026-12-09", "1")));
        for (int d = 10; d <= 14; d++) {
            days.add(nothing("2026-12-" + d));
        }
        return List.copyOf(days);
    }

    private RelapseOutcome outcome(RelapseRule rule, List<LabResult> labs, LocalDate dropoutOn) {
        return detector.timeToRelapse(rule, DIARY, labs, ALCOHOL, Sex.MALE, PLAN_START, dropoutOn, AS_OF);
    }

    @Test
    void firstUseIsTheFirstDrinkAfterTheStart() {
        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE, true, day("2026-12-03"), 2, false,
                "first use of ALCOHOL 2026-12-03 (2 drinks)"), outcome(RelapseRule.FIRST_USE, List.of(), null));
    }

    @Test
    void firstHeavyDrinkingDayIsLater() {
        assertEquals(new RelapseOutcome(RelapseRule.FIRST_HEAVY_DRINKING_DAY, true, day("2026-12-08"), 7, false,
                "first heavy drinking day 2026-12-08 (6 drinks)"),
                outcome(RelapseRule.FIRST_HEAVY_DRINKING_DAY, List.of(), null));
    }

    @Test
    void confirmedRelapseIsTheFirstUseWithAPositiveLabWithin5Days() {
        // EtG positive on 10 Dec: 3 Dec is 7 days earlier (not confirmed); 6 Dec is 4 days earlier
        // (confirmed) -> relapse on 6 Dec, day 5.
        assertEquals(new RelapseOutcome(RelapseRule.CONFIRMED_RELAPSE, true, day("2026-12-06"), 5, false,
                "use of ALCOHOL 2026-12-06 (3 drinks) confirmed by a positive ALCOHOL lab collected 2026-12-10"),
                outcome(RelapseRule.CONFIRMED_RELAPSE, List.of(positive("2026-12-10", ALCOHOL)), null));
    }

    @Test
    void withoutALabTwoConsecutiveDaysOfUseConfirmTheRelapse() {
        // 3 and 6 Dec are single days of use; 8 and 9 Dec are consecutive -> relapse on 8 Dec, day 7.
        assertEquals(new RelapseOutcome(RelapseRule.CONFIRMED_RELAPSE, true, day("2026-12-08"), 7, false,
                "use of ALCOHOL 2026-12-08 (6 drinks) confirmed by use reported again 2026-12-09 (1 drink)"),
                outcome(RelapseRule.CONFIRMED_RELAPSE, List.of(), null));
    }

    @Test
    void aDropoutBeforeTheFirstUseIsTheEvent() {
        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE_OR_DROPOUT, true, day("2026-12-02"), 1, false,
                "dropout 2026-12-02 before any use of ALCOHOL"),
                outcome(RelapseRule.FIRST_USE_OR_DROPOUT, List.of(), day("2026-12-02")));
    }

    @ParameterizedTest(name = "dropout {0}")
    @CsvSource({ "2026-12-03", "2026-12-20" })
    void aDropoutOnOrAfterTheFirstUseLeavesTheFirstUseAsTheEvent(LocalDate dropoutOn) {
        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE_OR_DROPOUT, true, day("2026-12-03"), 2, false,
                "first use of ALCOHOL 2026-12-03 (2 drinks)"),
                outcome(RelapseRule.FIRST_USE_OR_DROPOUT, List.of(), dropoutOn));
    }

    @Test
    void noneNeverRelapsesAndIsCensoredAtTheLastReport() {
        // Labs and dropout make no difference. Last report 14 Dec = day 13.
        assertEquals(new RelapseOutcome(RelapseRule.NONE, false, null, 13, true,
                "no relapse outcome for this plan; censored at the last report 2026-12-14"),
                outcome(RelapseRule.NONE, List.of(positive("2026-12-03", ALCOHOL)), day("2026-12-02")));
    }

    // --- confirmation of a single day of use: 2 drinks on 3 Dec (day 2), nothing else 1-20 Dec ---

    private static List<DiaryDay> oneDayOfUse() {
        List<DiaryDay> days = new ArrayList<>();
        for (LocalDate d = PLAN_START; !d.isAfter(day("2026-12-20")); d = d.plusDays(1)) {
            days.add(d.equals(day("2026-12-03")) ? drinks("2026-12-03", "2") : DiaryDay.nothingUsed(d));
        }
        return days;
    }

    private RelapseOutcome confirmed(RelapseDetector detector, List<DiaryDay> diary, LabResult lab, LocalDate asOf) {
        return detector.timeToRelapse(RelapseRule.CONFIRMED_RELAPSE, diary, List.of(lab), ALCOHOL, Sex.FEMALE,
                PLAN_START, null, asOf);
    }

    @ParameterizedTest(name = "positive EtG on {0} confirms the use on 3 Dec")
    @CsvSource({ "2026-12-03", "2026-12-04", "2026-12-08" })
    void aPositiveEtgFromTheDayOfUseTo5DaysLaterConfirmsIt(LocalDate collectedOn) {
        RelapseOutcome outcome = confirmed(detector, oneDayOfUse(), new LabResult(collectedOn, ALCOHOL, true), AS_OF);

        assertTrue(outcome.relapsed());
        assertEquals(day("2026-12-03"), outcome.relapseOn());
        assertEquals(2, outcome.daysToEvent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "EtG negative 2 days later, 2026-12-05, ALCOHOL, false",
            "EtG positive 6 days later, 2026-12-09, ALCOHOL, true",
            "EtG positive the day before the use, 2026-12-02, ALCOHOL, true",
            "urine tox positive for another substance, 2026-12-04, COCAINE, true" })
    void aSingleDayOfUseIsNotConfirmedBy(String what, LocalDate collectedOn, String substance, boolean isPositive) {
        // Not confirmed: censored at the last report, 20 Dec = day 19.
        RelapseOutcome outcome = confirmed(detector, oneDayOfUse(), new LabResult(collectedOn, substance, isPositive),
                AS_OF);

        assertEquals(new RelapseOutcome(RelapseRule.CONFIRMED_RELAPSE, false, null, 19, true,
                "no relapse; censored at the last report 2026-12-20"), outcome);
    }

    @Test
    void aLabCollectedAfterTheAsOfDateIsNotYetKnown() {
        // As of 5 Dec the positive EtG of 6 Dec does not exist yet: censored at 5 Dec, day 4.
        RelapseOutcome outcome = confirmed(detector, oneDayOfUse(), positive("2026-12-06", ALCOHOL), day("2026-12-05"));

        assertFalse(outcome.relapsed());
        assertEquals(4, outcome.daysToEvent());
    }

    @Test
    void aClinicCanWidenTheConfirmationWindow() {
        RelapseDetector sevenDays = new RelapseDetector(
                Settings.clinic(Map.of("kap.clinical.outcomes.relapse-confirmation-days", "7")));

        assertEquals(day("2026-12-03"),
                confirmed(sevenDays, oneDayOfUse(), positive("2026-12-09", ALCOHOL), AS_OF).relapseOn());
    }

    @Test
    void aNegativeLabDoesNotOverruleTwoConsecutiveReportedDaysOfUse() {
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), drinks("2026-12-03", "2"), drinks("2026-12-04", "1"));

        RelapseOutcome outcome = confirmed(detector, diary, negative("2026-12-05", ALCOHOL), AS_OF);

        assertEquals(day("2026-12-03"), outcome.relapseOn());
    }

    @Test
    void useOnTwoDaysWithAnUnknownDayBetweenIsNotConsecutive() {
        List<DiaryDay> diary = List.of(drinks("2026-12-03", "2"), drinks("2026-12-05", "2"));

        assertFalse(detector.timeToRelapse(RelapseRule.CONFIRMED_RELAPSE, diary, List.of(), ALCOHOL,
                Sex.MALE, PLAN_START, null, AS_OF).relapsed());
    }

    // --- the heavy drinking day cut-off follows the patient's sex ---

    @ParameterizedTest(name = "{0}: first heavy drinking day {1}")
    @CsvSource({ "FEMALE, 2026-12-02, 1", "MALE, 2026-12-03, 2", "INTERSEX, 2026-12-02, 1", "UNKNOWN, 2026-12-02, 1" })
    void fourDrinksIsAWomansFirstHeavyDayAndFiveAMans(Sex sex, LocalDate heavyOn, long days) {
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), drinks("2026-12-02", "4"), drinks("2026-12-03", "5"));

        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_HEAVY_DRINKING_DAY, diary, List.of(),
                ALCOHOL, sex, PLAN_START, null, AS_OF);

        assertEquals(heavyOn, outcome.relapseOn());
        assertEquals(days, outcome.daysToEvent());
    }

    // --- censoring ---

    @Test
    void withoutUseThePatientIsCensoredAtTheLastReportNotAtTheAsOfDate() {
        // Use on 25 Nov is baseline. Reports 1-10 Dec, nothing used; as of 31 Dec -> censored at 10 Dec, day 9.
        List<DiaryDay> diary = new ArrayList<>(List.of(drinks("2026-11-25", "8")));
        for (LocalDate d = PLAN_START; !d.isAfter(day("2026-12-10")); d = d.plusDays(1)) {
            diary.add(DiaryDay.nothingUsed(d));
        }

        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_USE, diary, List.of(), ALCOHOL, Sex.MALE,
                PLAN_START, null, AS_OF);

        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE, false, null, 9, true,
                "no relapse; censored at the last report 2026-12-10"), outcome);
    }

    @Test
    void withNothingReportedSinceTheStartThePatientIsCensoredAtDay0() {
        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_USE, List.of(drinks("2026-11-25", "3")),
                List.of(), ALCOHOL, Sex.MALE, PLAN_START, null, AS_OF);

        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE, false, null, 0, true,
                "no relapse; nothing reported since the plan's start 2026-12-01, censored at day 0"), outcome);
    }

    @Test
    void useAfterTheAsOfDateIsNotYetKnown() {
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), nothing("2026-12-02"), drinks("2026-12-03", "1"));

        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_USE, diary, List.of(), ALCOHOL, Sex.MALE,
                PLAN_START, null, day("2026-12-02"));

        assertFalse(outcome.relapsed());
        assertEquals(1, outcome.daysToEvent());
    }

    @Test
    void aDropoutWithoutAnyUseIsStillTheEvent() {
        // Cocaine plan (Dakwar 2019): nothing used 1-10 Dec, dropped out 12 Dec (day 11).
        List<DiaryDay> diary = new ArrayList<>();
        for (LocalDate d = PLAN_START; !d.isAfter(day("2026-12-10")); d = d.plusDays(1)) {
            diary.add(DiaryDay.nothingUsed(d));
        }

        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_USE_OR_DROPOUT, diary, List.of(), COCAINE,
                Sex.MALE, PLAN_START, day("2026-12-12"), AS_OF);

        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE_OR_DROPOUT, true, day("2026-12-12"), 11, false,
                "dropout 2026-12-12 before any use of COCAINE"), outcome);
    }

    @Test
    void withoutUseOrADropoutKnownByTheAsOfDateFirstUseOrDropoutIsCensored() {
        // Dropout on 5 Jan is after "as of" (31 Dec): not yet known. Alcohol does not break a cocaine plan.
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), drinks("2026-12-02", "3"),
                used("2026-12-04", CANNABIS, "1"));

        RelapseOutcome outcome = detector.timeToRelapse(RelapseRule.FIRST_USE_OR_DROPOUT, diary, List.of(), COCAINE,
                Sex.MALE, PLAN_START, day("2027-01-05"), AS_OF);

        assertEquals(new RelapseOutcome(RelapseRule.FIRST_USE_OR_DROPOUT, false, null, 3, true,
                "no relapse; censored at the last report 2026-12-04"), outcome);
    }

    @Test
    void noneWithNothingReportedIsCensoredAtDay0() {
        assertEquals(0, detector.timeToRelapse(RelapseRule.NONE, List.of(), List.of(), ALCOHOL, Sex.FEMALE,
                PLAN_START, null, AS_OF).daysToEvent());
    }

    // --- refusals ---

    @Test
    void contradictoryRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> detector.timeToRelapse(RelapseRule.FIRST_HEAVY_DRINKING_DAY,
                DIARY, List.of(), COCAINE, Sex.MALE, PLAN_START, null, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> detector.timeToRelapse(RelapseRule.FIRST_USE, DIARY,
                List.of(), ALCOHOL, Sex.MALE, PLAN_START, null, day("2026-11-30")));
        assertThrows(IllegalArgumentException.class, () -> detector.timeToRelapse(RelapseRule.FIRST_USE_OR_DROPOUT,
                DIARY, List.of(), ALCOHOL, Sex.MALE, PLAN_START, day("2026-11-30"), AS_OF));
    }
}
