package org.riverwoods.kap.console.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AbstinenceChartTest {

    private static Map<String, Object> row(String code, Integer n, String mean) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("n", n);
        cell.put("value", mean == null ? null : new BigDecimal(mean));
        cell.put("suppressed", mean == null);
        return Map.of("templateCode", code, "meanPercentDaysAbstinent", cell);
    }

    @Test
    void aSuppressedOrMissingQuarterIsAGapNotAZero() throws Exception {
        List<String> quarters = List.of("2026-Q3", "2026-Q4");
        List<AbstinenceChart.Figure> figures = new ArrayList<>();
        figures.addAll(AbstinenceChart.figures("2026-Q3", List.of(row("KARE", null, null))));
        figures.addAll(AbstinenceChart.figures("2026-Q4", List.of(row("KARE", 22, "81.4"), row("DAKWAR_2020", null, null))));
        assertEquals(3, figures.size(), "suppressed figures stay in the table");
        assertEquals(22, figures.get(1).n());

        JsonNode chart = new ObjectMapper().readTree(AbstinenceChart.of(quarters, figures));
        assertEquals("[" + Quarters.startEpochSecond("2026-Q3") + "," + Quarters.startEpochSecond("2026-Q4") + "]",
                chart.path("x").toString());
        assertEquals(1, chart.path("series").size(), "a protocol with no published mean has no line");
        assertEquals("KARE", chart.path("series").get(0).path("label").asText());
        assertEquals("[null,81.4]", chart.path("series").get(0).path("values").toString());
        assertEquals("time", chart.path("xKind").asText());
    }

    @Test
    void nothingPublishedNoChart() {
        assertNull(AbstinenceChart.of(List.of("2026-Q4"), AbstinenceChart.figures("2026-Q4", List.of(row("KARE", null, null)))));
    }
}
