package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.console.record.VitalsChart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The monitoring record's chart description (record package), in console.js's data-chart shape. */
class VitalsChartTest {

    @Test
    void readingsBecomeOneSeriesPerVitalOverTime() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode readings = json.readTree("""
                [{"takenAt":"2026-12-04T13:00:00Z","systolicMmHg":130,"diastolicMmHg":84,"heartRateBpm":80},
                 {"takenAt":"2026-12-04T13:10:00Z","systolicMmHg":185,"diastolicMmHg":100,"spo2Percent":97}]""");
        JsonNode chart = json.readTree(VitalsChart.of(readings));
        assertEquals("[1796389200,1796389800]", chart.path("x").toString());
        assertEquals("Systolic mmHg", chart.path("series").get(0).path("label").asText());
        assertEquals("[130,185]", chart.path("series").get(0).path("values").toString());
        assertEquals("[80,null]", chart.path("series").get(2).path("values").toString());
        assertEquals("time", chart.path("xKind").asText());
        assertEquals(180, chart.path("lines").get(0).path("value").asInt());
    }
}
