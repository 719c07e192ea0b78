package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

/** GAD-7 per Spitzer 2006: 0-4 minimal, 5 mild, 10 moderate, 15 severe. */
class Gad7ScoringTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({ "0, MINIMAL", "4, MINIMAL", "5, MILD", "6, MILD", "9, MILD", "10, MODERATE", "11, MODERATE",
            "14, MODERATE", "15, SEVERE", "16, SEVERE", "21, SEVERE" })
    void bands(int total, ScreeningBand band) {
        ScreeningResult result = scorer.score(Instrument.GAD_7, Answers.summingTo(Instrument.GAD_7, total), Sex.UNKNOWN);
        assertEquals(total, result.total());
        assertEquals(band, result.band());
        assertEquals(21, result.maxTotal());
        assertEquals(List.of(), result.flags());
    }
}
