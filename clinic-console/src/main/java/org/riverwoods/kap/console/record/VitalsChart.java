package org.riverwoods.kap.console.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The session's readings as console.js's {@code data-chart} description: one line per vital over
 * the time of the session. A reading that did not measure a vital leaves a gap (null).
 */
public final class VitalsChart {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String[][] SERIES = {
            { "systolicMmHg", "Systolic mmHg" }, { "diastolicMmHg", "Diastolic mmHg" }, { "heartRateBpm", "Heart rate bpm" },
            { "spo2Percent", "SpO2 %" }, { "respiratoryRatePerMinute", "Breaths/min" } };

    private VitalsChart() {
    }

    public static String of(JsonNode readings) {
        List<Long> x = new ArrayList<>();
        readings.forEach(r -> x.add(Instant.parse(r.path("takenAt").asText()).getEpochSecond()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String[] s : SERIES) {
            List<Integer> values = new ArrayList<>();
            readings.forEach(r -> values.add(r.path(s[0]).isNumber() ? r.path(s[0]).asInt() : null));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", s[1]);
            line.put("values", values);
            line.put("step", false);
            series.add(line);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", x);
        chart.put("series", series);
        chart.put("lines", List.of(Map.of("value", 180, "label", "systolic pause threshold")));
        chart.put("yLabel", "reading");
        chart.put("xKind", "time");
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
