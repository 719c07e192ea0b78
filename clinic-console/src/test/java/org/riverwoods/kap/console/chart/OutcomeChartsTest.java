package org.riverwoods.kap.console.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutcomeChartsTest {

    @Test
    void phq9HasTheResponseLineFromBaselineAndTheRemissionLine() {
        List<Map<String, Object>> answered = List.of(
                Map.of("questionnaire", "PHQ_9", "total", 12, "answeredAt", "2026-11-20T10:00:00Z"),
                Map.of("questionnaire", "CRAVING_VAS", "total", 60, "answeredAt", "2026-11-20T10:00:00Z"),
                Map.of("questionnaire", "PHQ_9", "total", 4, "answeredAt", "2026-12-01T10:00:00Z"));
        OutcomeCharts.Chart phq9 = OutcomeCharts.phq9(answered, 12, 50, 5);
        assertEquals(2, phq9.rows().size());
        assertTrue(phq9.spec().contains("\"values\":[12,4]"), phq9.spec());
        assertTrue(phq9.spec().contains("\"value\":6.0"), phq9.spec());
        assertTrue(phq9.spec().contains("\"value\":5,\"label\":\"remission (below 5)\""), phq9.spec());
        assertEquals(1, OutcomeCharts.craving(answered).rows().size());
    }

    @Test
    void theRelapseIsMarkedInItsWindow() {
        Map<String, Object> outcomes = Map.of(
                "followUp", List.of(window("2026-11-01", "2026-11-28", "100.0"), window("2026-11-29", "2026-12-26", "75.0")),
                "relapse", Map.of("relapsed", true, "relapseOn", "2026-12-02"));
        OutcomeCharts.Chart pda = OutcomeCharts.percentDaysAbstinent(outcomes);
        assertTrue(pda.spec().contains("\"label\":\"relapse\",\"values\":[null,75.0]"), pda.spec());
        assertEquals("relapse 2026-12-02", pda.rows().get(1).get("relapse"));
        assertTrue(OutcomeCharts.percentDaysAbstinent(Map.of()).empty());
    }

    @Test
    void theBaselineWindowComesFirstAndIsNamed() {
        Map<String, Object> outcomes = Map.of("baseline", window("2026-10-02", "2026-10-31", "20.0"),
                "followUp", List.of(window("2026-11-01", "2026-11-28", "90.0")));
        OutcomeCharts.Chart pda = OutcomeCharts.percentDaysAbstinent(outcomes);
        assertTrue(pda.spec().contains("\"values\":[20.0,90.0]"), pda.spec());
        assertEquals("baseline, before treatment", pda.rows().get(0).get("name"));
        assertEquals("window 1", pda.rows().get(1).get("name"));
        assertEquals(2, OutcomeCharts.heavyDrinkingDays(outcomes).rows().size());
    }

    @Test
    void theDiaryMonthStartsOnMondayAndMarksDays() {
        DiaryMonth december = DiaryMonth.of(YearMonth.of(2026, 12), List.of(
                Map.of("day", "2026-12-01", "abstinent", true, "entries", List.of()),
                Map.of("day", "2026-12-02", "abstinent", false,
                        "entries", List.of(Map.of("substance", "ALCOHOL", "amount", new BigDecimal("6.0"))))));
        // 1 December 2026 is a Tuesday: one blank before it
        assertTrue(december.weeks().get(0).get(0).blank());
        assertEquals(LocalDate.of(2026, 12, 1), december.weeks().get(0).get(1).day());
        assertEquals("abstinent", december.weeks().get(0).get(1).state());
        assertEquals("6 alcohol", december.weeks().get(0).get(2).used());
        assertEquals("unknown", december.weeks().get(0).get(3).state());
        december.weeks().forEach(week -> assertEquals(7, week.size()));
        assertEquals("nothing used", DiaryMonth.inWords(Map.of("day", "2026-12-01", "abstinent", true, "entries", List.of())));
    }

    private static Map<String, Object> window(String from, String to, String pda) {
        return Map.of("from", from, "to", to, "percentDaysAbstinent", new BigDecimal(pda), "heavyDrinkingDays", 0,
                "daysKnown", 28, "daysInWindow", 28, "complete", true);
    }
}
