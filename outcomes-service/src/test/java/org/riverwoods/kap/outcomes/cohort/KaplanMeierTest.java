package org.riverwoods.kap.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.riverwoods.kap.outcomes.cohort.SurvivalObservation.relapseFreeUntil;
import static org.riverwoods.kap.outcomes.cohort.SurvivalObservation.relapsedOn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    private static CurvePoint point(long day, String survival, int atRisk, int events, int censored) {
        return new CurvePoint(day, new BigDecimal(survival), atRisk, events, censored);
    }

    /*
     * Six patients, days 3, 5, 5+, 7, 9+, 11 (+ = censored, relapse-free when last seen).
     *
     * day  at risk  relapses  censored  S(t)
     *   0     6        0         0      1
     *   3     6        1         0      1 x 5/6       = 5/6 = 0.8333
     *   5     5        1         1      5/6 x 4/5     = 2/3 = 0.6667  (5+ still at risk on day 5)
     *   7     3        1         0      2/3 x 2/3     = 4/9 = 0.4444  <= 0.5 first: median 7
     *   9     2        0         1      4/9                 = 0.4444
     *  11     1        1         0      4/9 x 0/1     = 0
     */
    @Test
    void sixPatientsWorkedByHand() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(relapsedOn(3), relapsedOn(5), relapseFreeUntil(5),
                relapsedOn(7), relapseFreeUntil(9), relapsedOn(11)));

        assertEquals(List.of(
                point(0, "1.0000", 6, 0, 0),
                point(3, "0.8333", 6, 1, 0),
                point(5, "0.6667", 5, 1, 1),
                point(7, "0.4444", 3, 1, 0),
                point(9, "0.4444", 2, 0, 1),
                point(11, "0.0000", 1, 1, 0)), curve.points());
        assertEquals(7L, curve.medianDays());
        assertEquals(6, curve.subjects());
    }

    @Test
    void theOrderOfObservationsDoesNotMatter() {
        List<SurvivalObservation> observations = new ArrayList<>(List.of(relapsedOn(3), relapsedOn(5),
                relapseFreeUntil(5), relapsedOn(7), relapseFreeUntil(9), relapsedOn(11)));
        SurvivalCurve inOrder = KaplanMeier.estimate(observations);
        Collections.reverse(observations);

        assertEquals(inOrder, KaplanMeier.estimate(observations));
    }

    /*
     * Days 2, 2, 2+, 4. On day 2 the censored patient counts as at risk (censoring after relapses):
     * S(2) = 1 x (4-2)/4 = 0.5, the median. Censoring first would give 1 x 1/3 = 0.3333.
     */
    @Test
    void aCensoringOnARelapseDayHappensAfterTheRelapses() {
        SurvivalCurve curve = KaplanMeier.estimate(
                List.of(relapsedOn(2), relapsedOn(2), relapseFreeUntil(2), relapsedOn(4)));

        assertEquals(List.of(
                point(0, "1.0000", 4, 0, 0),
                point(2, "0.5000", 4, 2, 1),
                point(4, "0.0000", 1, 1, 0)), curve.points());
        assertEquals(2L, curve.medianDays());
    }

    @Test
    void allCensoredStaysAtOneAndTheMedianIsNotReached() {
        SurvivalCurve curve = KaplanMeier.estimate(
                List.of(relapseFreeUntil(30), relapseFreeUntil(60), relapseFreeUntil(60)));

        assertEquals(List.of(
                point(0, "1.0000", 3, 0, 0),
                point(30, "1.0000", 3, 0, 1),
                point(60, "1.0000", 2, 0, 2)), curve.points());
        assertNull(curve.medianDays());
    }

    @Test
    void survivalThatStaysAboveHalfHasNoMedian() {
        // S(10) = 2/3: one relapse among three.
        SurvivalCurve curve = KaplanMeier.estimate(
                List.of(relapsedOn(10), relapseFreeUntil(20), relapseFreeUntil(20)));

        assertEquals(new BigDecimal("0.6667"), curve.points().get(2).survival());
        assertNull(curve.medianDays());
    }

    @Test
    void aSinglePatientWhoRelapses() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(relapsedOn(10)));

        assertEquals(List.of(point(0, "1.0000", 1, 0, 0), point(10, "0.0000", 1, 1, 0)), curve.points());
        assertEquals(10L, curve.medianDays());
        assertEquals(1, curve.subjects());
    }

    @Test
    void aSinglePatientStillRelapseFree() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(relapseFreeUntil(10)));

        assertEquals(List.of(point(0, "1.0000", 1, 0, 0), point(10, "1.0000", 1, 0, 1)), curve.points());
        assertNull(curve.medianDays());
    }

    @Test
    void noPatientsIsTheOriginOnly() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of());

        assertEquals(List.of(point(0, "1.0000", 0, 0, 0)), curve.points());
        assertNull(curve.medianDays());
        assertEquals(0, curve.subjects());
    }

    @Test
    void aRelapseOnTheFirstDayIsOnTheDayZeroPoint() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(relapsedOn(0), relapseFreeUntil(5)));

        assertEquals(List.of(point(0, "0.5000", 2, 1, 0), point(5, "0.5000", 1, 0, 1)), curve.points());
        assertEquals(0L, curve.medianDays());
    }

    /*
     * Twelve patients: relapses on day 3 (two), 4, 5, 11 and 18, so S(18) = 6/12 = 0.5 exactly and the
     * median is day 18. S x (n - d) / n step by step in DECIMAL64 gives 0.5000000000000001 on day 18
     * and a median of day 19: the reason the product is kept as an exact fraction.
     */
    @Test
    void survivalOfExactlyOneHalfIsTheMedian() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of(relapsedOn(3), relapsedOn(3), relapsedOn(4), relapsedOn(5),
                relapsedOn(11), relapsedOn(18), relapsedOn(19), relapsedOn(25), relapseFreeUntil(26), relapsedOn(27),
                relapsedOn(28), relapsedOn(29)));

        assertEquals(point(18, "0.5000", 7, 1, 0), curve.points().get(5));
        assertEquals(18L, curve.medianDays());
    }

    @Test
    void survivalIsRoundedHalfUpOnlyForOutput() {
        // 31 of 32 relapse on day 1: S = 1/32 = 0.03125, HALF_UP 0.0313 (HALF_EVEN would say 0.0312).
        List<SurvivalObservation> observations = new ArrayList<>(Collections.nCopies(31, relapsedOn(1)));
        observations.add(relapseFreeUntil(2));

        assertEquals(new BigDecimal("0.0313"), KaplanMeier.estimate(observations).points().get(1).survival());
    }

    @Test
    void followUpCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> relapsedOn(-1));
    }
}
