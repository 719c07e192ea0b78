package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.patient.Sex;

/** PACS per Flannery 1999: five items 0-6, no bands. */
class PacsScoringTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    @Test
    void theTotalIsTheSumAndIsNotBanded() {
        ScreeningResult result = scorer.score(Instrument.PACS, List.of(1, 2, 3, 4, 5), Sex.FEMALE);
        assertEquals(15, result.total());
        assertEquals(ScreeningBand.NOT_BANDED, result.band());
        assertEquals(List.of(), result.flags());
    }

    @Test
    void theMaximumIs30() {
        ScreeningResult result = scorer.score(Instrument.PACS, List.of(6, 6, 6, 6, 6), Sex.MALE);
        assertEquals(30, result.total());
        assertEquals(30, result.maxTotal());
        assertEquals(ScreeningBand.NOT_BANDED, result.band());
    }

    @Test
    void noCravingIsZero() {
        assertEquals(0, scorer.score(Instrument.PACS, List.of(0, 0, 0, 0, 0), Sex.MALE).total());
    }
}
