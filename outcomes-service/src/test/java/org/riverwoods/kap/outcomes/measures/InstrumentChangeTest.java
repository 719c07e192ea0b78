package org.riverwoods.kap.outcomes.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.riverwoods.kap.outcomes.measures.InstrumentChange.Change;
import org.riverwoods.kap.outcomes.measures.InstrumentChange.Phq9Outcome;

class InstrumentChangeTest {

    private final InstrumentChange instruments = new InstrumentChange(Settings.defaults());

    @Test
    void phq9From20To10IsAResponseExactlyAt50Percent() {
        // 10 - 20 = -10; -10 / 20 = -50.0%; a drop of 50% is a response. 10 is not below 5.
        assertEquals(new Phq9Outcome(new Change(20, 10, -10, new BigDecimal("-50.0")), true, false),
                instruments.phq9(20, 10));
    }

    @Test
    void phq9From20To11IsNotAResponse() {
        // -9 / 20 = -45.0%.
        assertEquals(new Phq9Outcome(new Change(20, 11, -9, new BigDecimal("-45.0")), false, false),
                instruments.phq9(20, 11));
    }

    @ParameterizedTest(name = "{0} -> {1}: response {2}")
    @CsvSource({ "15, 8, false", "15, 7, true", "3, 1, true", "1, 1, false", "0, 0, false" })
    void responseComparesTheDropWithoutRounding(int baseline, int latest, boolean response) {
        // 15 -> 8 is a 46.7% drop, 15 -> 7 is 53.3%; a baseline of 0 cannot fall.
        assertEquals(response, instruments.phq9(baseline, latest).response());
    }

    @Test
    void remissionIsATotalBelow5() {
        assertFalse(instruments.phq9(12, 5).remission());
        assertTrue(instruments.phq9(12, 4).remission());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}, {3}%")
    @CsvSource({
            "10, 15, 5, 50.0", // GAD-7 worse by half
            "30, 12, -18, -60.0", // PACS
            "100, 33, -67, -67.0", // craving 0-100
            "6, 5, -1, -16.7", // -16.67 rounds away from zero (HALF_UP)
            "3, 2, -1, -33.3",
            "16, 17, 1, 6.3", // 6.25: a half rounds up
            "16, 15, -1, -6.3", // -6.25: and away from zero when negative
            "7, 7, 0, 0.0" })
    void changeIsLatestMinusBaselineAndItsPercentOfBaseline(int baseline, int latest, int change, String percent) {
        assertEquals(new Change(baseline, latest, change, new BigDecimal(percent)),
                instruments.change(baseline, latest));
    }

    @Test
    void percentChangeFromABaselineOf0IsNull() {
        Change change = instruments.change(0, 3);

        assertEquals(3, change.change());
        assertNull(change.percentChange());
    }

    @Test
    void impossibleTotalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> instruments.change(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> instruments.phq9(28, 3));
        assertThrows(IllegalArgumentException.class, () -> instruments.phq9(20, -1));
    }

    @Test
    void aClinicCanMoveTheResponseAndRemissionCutOffs() {
        InstrumentChange clinic = new InstrumentChange(Settings.clinic(Map.of(
                "kap.clinical.outcomes.phq9-response-drop-percent", "60",
                "kap.clinical.outcomes.phq9-remission-below", "6")));

        assertFalse(clinic.phq9(20, 10).response());
        assertTrue(clinic.phq9(20, 8).response());
        assertTrue(clinic.phq9(12, 5).remission());
    }
}
