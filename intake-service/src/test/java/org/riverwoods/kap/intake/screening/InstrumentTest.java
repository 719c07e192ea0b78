package org.riverwoods.kap.intake.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    @ParameterizedTest
    @CsvSource({ "AUDIT, 10, 40", "AUDIT_C, 3, 12", "DAST_10, 10, 10", "PHQ_9, 9, 27", "GAD_7, 7, 21", "PACS, 5, 30" })
    void itemCountsAndMaximumTotalsAreThePublishedOnes(Instrument instrument, int items, int maxTotal) {
        assertEquals(items, instrument.itemCount());
        assertEquals(maxTotal, instrument.maxTotal());
    }

    @Test
    void auditItems1To8Score0To4AndItems9And10Only0Or2Or4() {
        for (int item = 1; item <= 8; item++) {
            assertEquals(List.of(0, 1, 2, 3, 4), Instrument.AUDIT.allowedValues(item));
        }
        assertEquals(List.of(0, 2, 4), Instrument.AUDIT.allowedValues(9));
        assertEquals(List.of(0, 2, 4), Instrument.AUDIT.allowedValues(10));
    }

    @Test
    void answerScalesOfTheOtherInstruments() {
        assertEquals(List.of(0, 1, 2, 3, 4), Instrument.AUDIT_C.allowedValues(3));
        assertEquals(List.of(0, 1), Instrument.DAST_10.allowedValues(3));
        assertEquals(List.of(0, 1, 2, 3), Instrument.PHQ_9.allowedValues(9));
        assertEquals(List.of(0, 1, 2, 3), Instrument.GAD_7.allowedValues(7));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), Instrument.PACS.allowedValues(5));
    }

    @Test
    void itemNumbersStartAt1AndEndAtTheLastItem() {
        assertThrows(IllegalArgumentException.class, () -> Instrument.PHQ_9.allowedValues(0));
        assertThrows(IllegalArgumentException.class, () -> Instrument.PHQ_9.allowedValues(10));
    }

    @ParameterizedTest
    @CsvSource({ "AUDIT, 75624-7, 72110-0", "AUDIT_C, 75626-2, 72109-2", "DAST_10, 82667-7, 82666-9",
            "PHQ_9, 44261-6, 44249-1", "GAD_7, 70274-6, 69737-5" })
    void loincCodes(Instrument instrument, String total, String panel) {
        assertEquals(total, instrument.totalScoreLoinc());
        assertEquals(panel, instrument.panelLoinc());
    }

    @Test
    void pacsHasNoLoincCodes() {
        assertNull(Instrument.PACS.totalScoreLoinc());
        assertNull(Instrument.PACS.panelLoinc());
    }

    @Test
    void displayNamesAreTheOnesCliniciansUse() {
        assertEquals(List.of("AUDIT", "AUDIT-C", "DAST-10", "PHQ-9", "GAD-7", "PACS"),
                List.of(Instrument.values()).stream().map(Instrument::displayName).toList());
    }
}
