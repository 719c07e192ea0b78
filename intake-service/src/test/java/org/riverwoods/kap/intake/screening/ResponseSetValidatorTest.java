package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.intake.patient.Sex;
import org.riverwoods.kap.kit.problem.Problem.Violation;

class ResponseSetValidatorTest {

    private final ScreeningScorer scorer = Cutoffs.publishedScorer();

    private List<Violation> rejected(Instrument instrument, List<Integer> answers) {
        return assertThrows(InvalidResponsesException.class, () -> scorer.score(instrument, answers, Sex.FEMALE))
                .violations();
    }

    @Test
    void auditItems9And10Reject1And3() {
        assertEquals(List.of(
                        new Violation("answers[8]", "item 9 must be one of 0, 2, 4"),
                        new Violation("answers[9]", "item 10 must be one of 0, 2, 4")),
                rejected(Instrument.AUDIT, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 3)));
        assertEquals(1, rejected(Instrument.AUDIT, List.of(0, 0, 0, 0, 0, 0, 0, 0, 3, 2)).size());
    }

    @Test
    void everyOutOfRangeAnswerIsReported() {
        assertEquals(List.of(
                        new Violation("answers[0]", "item 1 must be one of 0, 1, 2, 3"),
                        new Violation("answers[4]", "item 5 must be one of 0, 1, 2, 3"),
                        new Violation("answers[8]", "item 9 must be one of 0, 1, 2, 3")),
                rejected(Instrument.PHQ_9, List.of(-1, 0, 0, 0, 4, 0, 0, 0, 7)));
        assertEquals(List.of(new Violation("answers[2]", "item 3 must be one of 0, 1")),
                rejected(Instrument.DAST_10, List.of(0, 0, 2, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals(List.of(new Violation("answers[4]", "item 5 must be one of 0, 1, 2, 3, 4, 5, 6")),
                rejected(Instrument.PACS, List.of(6, 6, 6, 6, 7)));
    }

    @Test
    void aWrongNumberOfAnswersIsReportedWithTheWrongAnswersAmongThem() {
        assertEquals(List.of(
                        new Violation("answers", "must have 7 answers, one per GAD-7 item"),
                        new Violation("answers[1]", "item 2 must be one of 0, 1, 2, 3")),
                rejected(Instrument.GAD_7, List.of(0, 9, 0)));
        assertEquals(List.of(new Violation("answers", "must have 3 answers, one per AUDIT-C item")),
                rejected(Instrument.AUDIT_C, List.of(1, 1, 1, 1)));
        assertEquals(List.of(new Violation("answers", "must have 9 answers, one per PHQ-9 item")),
                rejected(Instrument.PHQ_9, List.of()));
    }

    @Test
    void missingAnswersAndAMissingListAreViolations() {
        assertEquals(List.of(
                        new Violation("answers[0]", "item 1 must be answered: one of 0, 1, 2, 3, 4"),
                        new Violation("answers[2]", "item 3 must be answered: one of 0, 1, 2, 3, 4")),
                rejected(Instrument.AUDIT_C, Arrays.asList(null, 2, null)));
        assertEquals(List.of(new Violation("answers", "must not be null")), rejected(Instrument.PHQ_9, null));
        assertEquals(List.of(new Violation("instrument", "must not be null"), new Violation("answers", "must not be null")),
                rejected(null, null));
    }

    @Test
    void messagesNeverQuoteTheValuesSent() {
        InvalidResponsesException e = assertThrows(InvalidResponsesException.class,
                () -> scorer.score(Instrument.PACS, List.of(17, 0, 0, 0, 0), Sex.MALE));
        assertFalse(e.getMessage().contains("17"), e.getMessage());
        assertTrue(e.getMessage().contains("answers[0]"), e.getMessage());
    }

    @Test
    void aValidSetHasNoViolations() {
        assertEquals(List.of(), ResponseSetValidator.violations(Instrument.AUDIT, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)));
        assertEquals(List.of(), ResponseSetValidator.violations(Instrument.DAST_10, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
    }
}
