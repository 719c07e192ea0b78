package org.riverwoods.kap.outcomes.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.outcomes.measures.Diaries.ALCOHOL;
import static org.riverwoods.kap.outcomes.measures.Diaries.CANNABIS;
import static org.riverwoods.kap.outcomes.measures.Diaries.COCAINE;
import static org.riverwoods.kap.outcomes.measures.Diaries.day;
import static org.riverwoods.kap.outcomes.measures.Diaries.drinks;
import static org.riverwoods.kap.outcomes.measures.Diaries.nothing;
import static org.riverwoods.kap.outcomes.measures.Diaries.used;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbstinenceMeasuresTest {

    private static final LocalDate PLAN_START = day("2026-12-01");

    private final AbstinenceMeasures measures = new AbstinenceMeasures(Settings.defaults());

    @Test
    void unknownDaysAreLeftOutOfPercentDaysAbstinent() {
        // 10 days, 1-10 Dec. No report on 4 and 7 Dec (unknown); 2 drinks on 5 Dec.
        // Known 10 - 2 = 8; abstinent 8 - 1 = 7; PDA = 7 / 8 x 100 = 87.5.
        // 2 drinks is below a woman's 4: no heavy drinking day, 0 / 8 = 0.0.
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), nothing("2026-12-02"), nothing("2026-12-03"),
                drinks("2026-12-05", "2"), nothing("2026-12-06"), nothing("2026-12-08"), nothing("2026-12-09"),
                nothing("2026-12-10"));

        WindowFigures figures = measures.window(diary, ALCOHOL, Sex.FEMALE, day("2026-12-01"), day("2026-12-10"));

        assertEquals(new WindowFigures(day("2026-12-01"), day("2026-12-10"), 10, 8, 7, new BigDecimal("87.5"), 0,
                new BigDecimal("0.0"), true), figures);
    }

    @ParameterizedTest(name = "{0}: {1} heavy drinking days, {2}%")
    @CsvSource({ "FEMALE, 2, 66.7", "MALE, 1, 33.3", "INTERSEX, 2, 66.7", "UNKNOWN, 2, 66.7" })
    void heavyDrinkingDaysUseTheSexSpecificCutOff(Sex sex, int heavyDays, String percent) {
        // 4 drinks: heavy for a woman (4+), not for a man (5+); 5 drinks: heavy for both.
        // INTERSEX and UNKNOWN take the lower cut-off, 4. Percent of 3 known days: 2/3 = 66.7, 1/3 = 33.3.
        List<DiaryDay> diary = List.of(drinks("2026-12-01", "4"), drinks("2026-12-02", "5"), nothing("2026-12-03"));

        WindowFigures figures = measures.window(diary, ALCOHOL, sex, day("2026-12-01"), day("2026-12-03"));

        assertEquals(heavyDays, figures.heavyDrinkingDays());
        assertEquals(new BigDecimal(percent), figures.percentHeavyDrinkingDays());
        assertEquals(new BigDecimal("33.3"), figures.percentDaysAbstinent(), "1 of 3 days without a drink");
    }

    @Test
    void aHeavyDrinkingDayIsAtOrAboveTheCutOffInStandardDrinks() {
        // 4.9 drinks: below a man's 5, at or above a woman's 4.
        List<DiaryDay> diary = List.of(drinks("2026-12-01", "4.9"));

        assertEquals(0, measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, PLAN_START).heavyDrinkingDays());
        assertEquals(1, measures.window(diary, ALCOHOL, Sex.FEMALE, PLAN_START, PLAN_START).heavyDrinkingDays());
    }

    @Test
    void percentagesAreRoundedToOneDecimalHalfUp() {
        // 16 reported days, 1-16 Dec; 6 drinks on 16 Dec.
        // PDA 15/16 = 93.75 -> 93.8; HDD 1/16 = 6.25 -> 6.3.
        List<DiaryDay> diary = new ArrayList<>();
        for (LocalDate d = PLAN_START; d.isBefore(day("2026-12-16")); d = d.plusDays(1)) {
            diary.add(DiaryDay.nothingUsed(d));
        }
        diary.add(drinks("2026-12-16", "6"));

        WindowFigures figures = measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, day("2026-12-16"));

        assertEquals(new BigDecimal("93.8"), figures.percentDaysAbstinent());
        assertEquals(new BigDecimal("6.3"), figures.percentHeavyDrinkingDays());
    }

    @Test
    void aSecondarySubstanceDoesNotBreakAbstinenceFromThePrimaryOneUnlessAskedFor() {
        // 4 known days: cannabis on 2 Dec, alcohol and cannabis on 4 Dec.
        // Primary substance (alcohol): only 4 Dec is a day of use -> 3/4 = 75.0.
        // Any substance: 2 and 4 Dec are days of use -> 2/4 = 50.0.
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), used("2026-12-02", CANNABIS, "1"),
                nothing("2026-12-03"), new DiaryDay(day("2026-12-04"),
                        Map.of(ALCOHOL, new BigDecimal("1"), CANNABIS, new BigDecimal("2"))));
        LocalDate to = day("2026-12-04");

        WindowFigures alcohol = measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, to);
        WindowFigures any = measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, to, AbstinenceScope.ANY_SUBSTANCE);

        assertEquals(3, alcohol.daysAbstinent());
        assertEquals(new BigDecimal("75.0"), alcohol.percentDaysAbstinent());
        assertEquals(2, any.daysAbstinent());
        assertEquals(new BigDecimal("50.0"), any.percentDaysAbstinent());
    }

    @Test
    void anAmountOfZeroIsNoUse() {
        List<DiaryDay> diary = List.of(drinks("2026-12-01", "0"));

        assertEquals(1, measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, PLAN_START).daysAbstinent());
    }

    @Test
    void heavyDrinkingIsNotMeasuredForAPlanWhosePrimarySubstanceIsNotAlcohol() {
        // Cocaine plan: 8 drinks on 1 Dec is abstinent from cocaine; cocaine on 2 Dec -> PDA 2/3 = 66.7.
        // HDD is an alcohol outcome: 0, and its percentage null (not a measured 0.0).
        List<DiaryDay> diary = List.of(drinks("2026-12-01", "8"), used("2026-12-02", COCAINE, "1"),
                nothing("2026-12-03"));

        WindowFigures figures = measures.window(diary, COCAINE, Sex.MALE, PLAN_START, day("2026-12-03"));

        assertEquals(new BigDecimal("66.7"), figures.percentDaysAbstinent());
        assertEquals(0, figures.heavyDrinkingDays());
        assertNull(figures.percentHeavyDrinkingDays());
    }

    @Test
    void aWindowWithoutAnyReportHasNoPercentages() {
        WindowFigures figures = measures.window(List.of(), ALCOHOL, Sex.FEMALE, PLAN_START, day("2026-12-28"));

        assertEquals(28, figures.daysInWindow());
        assertEquals(0, figures.daysKnown());
        assertNull(figures.percentDaysAbstinent());
        assertNull(figures.percentHeavyDrinkingDays());
    }

    @Test
    void theBaselineIsThe30DaysBeforeTheStartWithoutTheStartDay() {
        // Start 1 Dec -> baseline 1 Nov (start - 30) to 30 Nov (start - 1): 30 days.
        // 31 Oct (6 drinks) is before it and 1 Dec (start day) after it: neither counts.
        // Known: 1 Nov (2 drinks) and 30 Nov (nothing) -> PDA 1/2 = 50.0; 2 drinks is not heavy.
        List<DiaryDay> diary = List.of(drinks("2026-10-31", "6"), drinks("2026-11-01", "2"), nothing("2026-11-30"),
                drinks("2026-12-01", "1"));

        WindowFigures baseline = measures.baseline(diary, ALCOHOL, Sex.FEMALE, PLAN_START);

        assertEquals(new WindowFigures(day("2026-11-01"), day("2026-11-30"), 30, 2, 1, new BigDecimal("50.0"), 0,
                new BigDecimal("0.0"), true), baseline);
    }

    @Test
    void followUpWindowsRunFromDay0InBlocksOf28WithTheCurrentOnePartial() {
        // Start 1 Dec 2026 (day 0), a man (heavy from 5 drinks), as of 3 Feb 2027 (day 64).
        // Window 1, days 0-27:  1-28 Dec. Known 1, 2, 3, 28 Dec; 5 drinks on 28 Dec (heavy).
        //   PDA 3/4 = 75.0; HDD 1/4 = 25.0.
        // Window 2, days 28-55: 29 Dec - 25 Jan. Known 29 Dec, 25 Jan (1 drink). PDA 1/2 = 50.0; HDD 0.0.
        // Window 3, days 56-83 cut at day 64: 26 Jan - 3 Feb, 9 days, incomplete. Known 26 Jan and
        //   3 Feb (6 drinks, heavy); 4 Feb (9 drinks) is after "as of" and ignored. PDA 50.0, HDD 50.0.
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), nothing("2026-12-02"), nothing("2026-12-03"),
                drinks("2026-12-28", "5"), nothing("2026-12-29"), drinks("2027-01-25", "1"), nothing("2027-01-26"),
                drinks("2027-02-03", "6"), drinks("2027-02-04", "9"));

        List<WindowFigures> windows = measures.followUp(diary, ALCOHOL, Sex.MALE, PLAN_START, day("2027-02-03"));

        assertEquals(List.of(
                new WindowFigures(day("2026-12-01"), day("2026-12-28"), 28, 4, 3, new BigDecimal("75.0"), 1,
                        new BigDecimal("25.0"), true),
                new WindowFigures(day("2026-12-29"), day("2027-01-25"), 28, 2, 1, new BigDecimal("50.0"), 0,
                        new BigDecimal("0.0"), true),
                new WindowFigures(day("2027-01-26"), day("2027-02-03"), 9, 2, 1, new BigDecimal("50.0"), 1,
                        new BigDecimal("50.0"), false)),
                windows);
    }

    @Test
    void onTheLastDayOfAWindowItIsCompleteAndNoPartialWindowFollows() {
        // 25 Jan 2027 is day 55, the last day of window 2.
        List<WindowFigures> windows = measures.followUp(List.of(), ALCOHOL, Sex.MALE, PLAN_START, day("2027-01-25"));

        assertEquals(2, windows.size());
        assertTrue(windows.get(1).complete());
        assertEquals(day("2027-01-25"), windows.get(1).to());
    }

    @Test
    void onTheStartDayTheFirstWindowIsOneDayOldAndBeforeItThereIsNone() {
        List<WindowFigures> onDay0 = measures.followUp(List.of(), ALCOHOL, Sex.MALE, PLAN_START, PLAN_START);

        assertEquals(1, onDay0.size());
        assertEquals(1, onDay0.get(0).daysInWindow());
        assertFalse(onDay0.get(0).complete());
        assertEquals(List.of(), measures.followUp(List.of(), ALCOHOL, Sex.MALE, PLAN_START, day("2026-11-30")));
    }

    @Test
    void twoReportsForOneDayAreRefused() {
        List<DiaryDay> diary = List.of(nothing("2026-12-01"), drinks("2026-12-01", "3"));

        assertThrows(IllegalArgumentException.class,
                () -> measures.window(diary, ALCOHOL, Sex.MALE, PLAN_START, PLAN_START));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> measures.window(List.of(), ALCOHOL, Sex.MALE, PLAN_START, day("2026-11-30")));
    }

    @Test
    void aNegativeAmountIsNotADiaryEntry() {
        assertThrows(IllegalArgumentException.class, () -> drinks("2026-12-01", "-1"));
    }
}
