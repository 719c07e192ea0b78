package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riverwoods.kap.intake.patient.Sex;

/**
 * DAST-10 per Skinner 1982: 1 = yes, 0 = no; item 3 ("always able to stop when you want to?") scores
 * 1 for "no". Bands: 0 none, 1-2 low, 3-5 moderate, 6-8 substantial, 9-10 severe.
 */
class Dast10ScoringTest {

    private static final int YES = 1;
    private static final int NO = 0;

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    private int total(List<Integer> answers) {
        return scorer.score(Instrument.DAST_10, answers, Sex.FEMALE).total();
    }

    @Test
    void item3IsReverseScored() {
        assertEquals(1, total(Collections.nCopies(10, NO)), "all no: only 'not always able to stop' counts");
        assertEquals(9, total(Collections.nCopies(10, YES)), "all yes: 'always able to stop' counts nothing");
        assertEquals(0, total(List.of(NO, NO, YES, NO, NO, NO, NO, NO, NO, NO)));
        assertEquals(10, total(List.of(YES, YES, NO, YES, YES, YES, YES, YES, YES, YES)));
        assertEquals(2, total(List.of(YES, NO, NO, NO, NO, NO, NO, NO, NO, NO)));
    }

    /** Item 3 "yes" (scores 0) and the first {@code total} other items "yes"; 10 needs item 3 "no". */
    private static List<Integer> scoring(int total) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(10, NO));
        answers.set(2, total == 10 ? NO : YES);
        int yes = Math.min(total, 9);
        for (int item = 1; yes > 0; item++) {
            if (item != 3) {
                answers.set(item - 1, YES);
                yes--;
            }
        }
        return answers;
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({ "0, NONE", "1, LOW", "2, LOW", "3, MODERATE", "4, MODERATE", "5, MODERATE", "6, SUBSTANTIAL",
            "7, SUBSTANTIAL", "8, SUBSTANTIAL", "9, SEVERE", "10, SEVERE" })
    void bands(int total, ScreeningBand band) {
        ScreeningResult result = scorer.score(Instrument.DAST_10, scoring(total), Sex.MALE);
        assertEquals(total, result.total());
        assertEquals(band, result.band());
        assertEquals(10, result.maxTotal());
        assertEquals(List.of(), result.flags());
        assertEquals(null, result.auditCTotal());
    }
}
