package org.riverwoods.kap.console.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SurvivalChartTest {

    private static Map<String, Object> point(long day, String survival) {
        return Map.of("day", day, "survival", new BigDecimal(survival), "atRisk", 12, "events", 1, "censored", 0);
    }

    private static Map<String, Object> row(String code, Map<String, Object> curve) {
        Map<String, Object> row = new HashMap<>();
        row.put("templateCode", code);
        row.put("relapseFreeSurvival", curve);
        return row;
    }

    @Test
    void curvesShareOneDayAxisHoldingEachValueUntilTheNextStepAndStopAfterTheirFollowUp() throws Exception {
        List<SurvivalChart.Curve> curves = SurvivalChart.curves(List.of(
                row("KARE", Map.of("points", List.of(point(0, "1.0000"), point(10, "0.9167"), point(30, "0.8333")))),
                row("DAKWAR_2020", Map.of("points", List.of(point(0, "1.0000"), point(5, "0.5000")))),
                row("KRUPITSKY_2007", null)));
        assertEquals(List.of("KARE", "DAKWAR_2020"), curves.stream().map(SurvivalChart.Curve::protocol).toList(),
                "a suppressed row has no curve");

        JsonNode chart = new ObjectMapper().readTree(SurvivalChart.of(curves));
        assertEquals("[0,5,10,30]", chart.path("x").toString());
        assertEquals("number", chart.path("xKind").asText());
        JsonNode kare = chart.path("series").get(0);
        assertEquals("KARE", kare.path("label").asText());
        assertTrue(kare.path("step").asBoolean(), "a Kaplan-Meier curve is a step function");
        assertEquals("[1.0,1.0,0.9167,0.8333]", kare.path("values").toString());
        JsonNode dakwar = chart.path("series").get(1);
        assertEquals(Arrays.asList("1.0", "0.5", null, null), values(dakwar), "no line after the last follow-up day");
        assertEquals(0.5, chart.path("lines").get(0).path("value").asDouble());
        assertEquals("[0,1]", chart.path("yRange").toString());
    }

    @Test
    void noCurveNoChart() {
        assertNull(SurvivalChart.of(SurvivalChart.curves(List.of(row("KARE", null)))));
    }

    private static List<String> values(JsonNode series) {
        return java.util.stream.StreamSupport.stream(series.path("values").spliterator(), false)
                .map(v -> v.isNull() ? null : v.asText()).toList();
    }
}
