package org.riverwoods.kap.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CohortRowTest {

    private static final int MINIMUM = 11;

    private static PatientSummary completer(String percentDaysAbstinent, Integer phq9Change, SurvivalObservation relapse) {
        return new PatientSummary(true,
                percentDaysAbstinent == null ? null : new BigDecimal(percentDaysAbstinent), phq9Change, relapse);
    }

    private static PatientSummary dropout() {
        return new PatientSummary(false, null, null, null);
    }

    private static List<PatientSummary> copies(int count, PatientSummary patient) {
        return new ArrayList<>(Collections.nCopies(count, patient));
    }

    @Test
    void aRowUnderTheMinimumIsSuppressedWholeCurveIncluded() {
        List<PatientSummary> ten = copies(10, completer("90", -5, SurvivalObservation.relapseFreeUntil(84)));

        CohortRow row = CohortRow.of("KARE", "2026-Q4", ten, MINIMUM);

        assertEquals(new CohortRow("KARE", "2026-Q4", Cell.suppressedCell(), Cell.suppressedCell(),
                Cell.suppressedCell(), Cell.suppressedCell(), null), row);
    }

    @Test
    void aRowOfElevenIsShown() {
        List<PatientSummary> eleven = copies(11, completer("90", -5, SurvivalObservation.relapseFreeUntil(84)));
        eleven.addAll(copies(11, dropout()));

        CohortRow row = CohortRow.of("KARE", "2026-Q4", eleven, MINIMUM);

        assertEquals(Cell.shown(22, 22), row.enrolled());
        assertEquals(Cell.shown(11, 11), row.completed());
        assertEquals(Cell.shown(11, new BigDecimal("90.0")), row.meanPercentDaysAbstinent());
        assertEquals(Cell.shown(11, new BigDecimal("-5.0")), row.meanPhq9Change());
        assertNotNull(row.relapseFreeSurvival());
        assertEquals(11, row.relapseFreeSurvival().subjects());
    }

    /*
     * Twelve patients measured.
     * Percent days abstinent: eleven at 60 and one at 87, 747 / 12 = 62.25, HALF_UP 62.3.
     * PHQ-9 change: nine at -2 and three at -3, -27 / 12 = -2.25, HALF_UP (away from zero) -2.3.
     */
    @Test
    void meansToOneDecimalHalfUp() {
        List<PatientSummary> patients = copies(9, completer("60", -2, null));
        patients.add(completer("60", -3, null));
        patients.add(completer("60", -3, null));
        patients.add(completer("87", -3, null));

        CohortRow row = CohortRow.of("KARE", "2026-Q4", patients, 1);

        assertEquals(Cell.shown(12, new BigDecimal("62.3")), row.meanPercentDaysAbstinent());
        assertEquals(Cell.shown(12, new BigDecimal("-2.3")), row.meanPhq9Change());
    }

    @Test
    void meansAreOverMeasuredPatientsOnlyEachCellSuppressedOnItsOwn() {
        List<PatientSummary> patients = copies(11, completer("80", null, SurvivalObservation.relapsedOn(30)));
        patients.addAll(copies(10, completer(null, -4, null)));
        patients.addAll(copies(11, dropout()));

        CohortRow row = CohortRow.of("KARE", "2026-Q4", patients, MINIMUM);

        assertEquals(Cell.shown(32, 32), row.enrolled());
        assertEquals(Cell.shown(21, 21), row.completed());
        assertEquals(Cell.shown(11, new BigDecimal("80.0")), row.meanPercentDaysAbstinent());
        assertEquals(Cell.suppressedCell(), row.meanPhq9Change());
        assertEquals(30L, row.relapseFreeSurvival().medianDays());
    }

    @Test
    void aCurveWithFewerThanTheMinimumFollowedIsSuppressed() {
        List<PatientSummary> patients = copies(10, completer("80", -4, SurvivalObservation.relapsedOn(30)));
        patients.addAll(copies(12, completer("80", -4, null)));

        assertNull(CohortRow.of("KARE", "2026-Q4", patients, MINIMUM).relapseFreeSurvival());
    }

    @Test
    void fewCompletersAreSuppressed() {
        List<PatientSummary> patients = copies(10, completer("80", -4, null));
        patients.addAll(copies(20, dropout()));

        assertEquals(Cell.suppressedCell(), CohortRow.of("KARE", "2026-Q4", patients, MINIMUM).completed());
    }

    @Test
    void fewNonCompletersAreSuppressedBecauseTheyFollowFromTheEnrolment() {
        List<PatientSummary> patients = copies(38, completer("80", -4, null));
        patients.addAll(copies(2, dropout()));

        CohortRow row = CohortRow.of("KARE", "2026-Q4", patients, MINIMUM);

        assertEquals(Cell.shown(40, 40), row.enrolled());
        assertTrue(row.completed().suppressed());
    }

    @Test
    void impossibleMeasuresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> completer("100.1", 0, null));
        assertThrows(IllegalArgumentException.class, () -> completer("-1", 0, null));
        assertThrows(IllegalArgumentException.class, () -> completer("50", 28, null));
        assertThrows(IllegalArgumentException.class, () -> completer("50", -28, null));
    }
}
