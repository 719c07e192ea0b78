package org.riverwoods.kap.console.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.console.services.ServiceProblem;

class InstrumentsTest {

    @Test
    void everyInstrumentTheServiceScoresWithItsItemCount() {
        assertEquals(List.of("AUDIT", "AUDIT_C", "DAST_10", "PHQ_9", "GAD_7", "PACS"),
                Instruments.ALL.stream().map(Instruments.Instrument::code).toList());
        assertEquals(List.of(10, 3, 10, 9, 7, 5), Instruments.ALL.stream().map(Instruments.Instrument::itemCount).toList());
    }

    @Test
    void everyItemIsAskedInWordsAndAnswersSayWhatTheyMean() {
        for (Instruments.Instrument instrument : Instruments.ALL) {
            instrument.questions().forEach(q -> assertFalse(q.isBlank(), instrument.code()));
        }
        assertEquals("0 — Never", Instruments.byCode("AUDIT").options(1).get(0).label());
        assertEquals("4 — 10 or more", Instruments.byCode("AUDIT_C").options(2).get(4).label());
        assertTrue(Instruments.byCode("PHQ_9").questions().get(8).contains("better off dead"));
    }

    @Test
    void eachItemOffersExactlyTheAnswersTheServiceAllows() {
        assertEquals(List.of("0", "1", "2", "3", "4"), values("AUDIT", 8));
        assertEquals(List.of("0", "2", "4"), values("AUDIT", 9));
        assertEquals(List.of("0", "2", "4"), values("AUDIT", 10));
        assertEquals(List.of("0", "1", "2", "3", "4"), values("AUDIT_C", 3));
        assertEquals(List.of("0", "1"), values("DAST_10", 3));
        assertEquals(List.of("0", "1", "2", "3"), values("PHQ_9", 9));
        assertEquals(List.of("0", "1", "2", "3"), values("GAD_7", 1));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), values("PACS", 5));
    }

    @Test
    void aScoredInstrumentShowsTheServicesResultAndTheRefusedOneWhatWasChosenAndWhy() {
        Map<String, Object> phq9 = Map.of("instrument", "PHQ_9", "total", 12, "band", "MODERATE");
        ServiceProblem problem = new ServiceProblem(400, "Validation failed", "",
                Map.of("answers[9]", "item 10 must be one of 0, 2, 4"));
        List<Instruments.Form> forms = Instruments.forms(List.of(phq9), "AUDIT", Map.of("item1", "3", "item10", "3")::get,
                problem);
        Instruments.Form audit = forms.get(0);
        assertTrue(audit.refused());
        assertNull(audit.result());
        assertEquals("3", audit.items().get(0).chosen());
        assertEquals("item 10 must be one of 0, 2, 4", audit.items().get(9).error());
        assertNull(audit.items().get(0).error());
        assertEquals("AUDIT-item10", audit.items().get(9).inputId());
        Instruments.Form phq = forms.get(3);
        assertFalse(phq.refused());
        assertEquals(phq9, phq.result());
        assertNull(phq.items().get(0).chosen(), "only the refused form keeps what was typed");
    }

    private static List<String> values(String code, int item) {
        return Instruments.byCode(code).options(item).stream().map(Instruments.Option::value).toList();
    }
}
