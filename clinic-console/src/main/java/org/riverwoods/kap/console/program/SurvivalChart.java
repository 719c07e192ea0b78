package org.riverwoods.kap.console.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;

/**
 * Kaplan-Meier relapse-free curves of the quarter's protocols as console.js's {@code data-chart}
 * description: one stepped line per protocol over days since the start of treatment. The curves
 * share one day axis, so each curve holds its last value until its next point (that is what a
 * product-limit curve means) and stops after its last follow-up day (null: no line).
 */
public final class SurvivalChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SurvivalChart() {
    }

    /** One protocol's curve as outcomes-service gives it: points of {day, survival, ...} in day order. */
    @TemplateData
    public record Curve(String protocol, List<Map<String, Object>> points) {
    }

    /** The curves of cohort rows (a suppressed row has none). */
    @SuppressWarnings("unchecked")
    public static List<Curve> curves(List<Map<String, Object>> rows) {
        List<Curve> curves = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (row.get("relapseFreeSurvival") instanceof Map<?, ?> curve
                    && curve.get("points") instanceof List<?> points && !points.isEmpty()) {
                curves.add(new Curve(String.valueOf(row.get("templateCode")), (List<Map<String, Object>>) points));
            }
        }
        return curves;
    }

    /** The chart's JSON, or null when no protocol has a curve to draw. */
    public static String of(List<Curve> curves) {
        if (curves.isEmpty()) {
            return null;
        }
        TreeSet<Long> days = new TreeSet<>();
        curves.forEach(c -> c.points().forEach(p -> days.add(day(p))));
        List<Map<String, Object>> series = new ArrayList<>();
        for (Curve curve : curves) {
            List<Number> values = new ArrayList<>();
            int next = 0;
            Number held = null;
            long lastDay = day(curve.points().get(curve.points().size() - 1));
            for (long day : days) {
                while (next < curve.points().size() && day(curve.points().get(next)) <= day) {
                    held = (Number) curve.points().get(next++).get("survival");
                }
                values.add(day > lastDay ? null : held);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", curve.protocol());
            line.put("values", values);
            line.put("step", true);
            series.add(line);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", List.copyOf(days));
        chart.put("series", series);
        chart.put("lines", List.of(Map.of("value", 0.5, "label", "median")));
        chart.put("yLabel", "relapse-free");
        chart.put("xLabel", "days since start");
        chart.put("xKind", "number");
        chart.put("yRange", List.of(0, 1));
        return write(chart);
    }

    private static long day(Map<String, Object> point) {
        return ((Number) point.get("day")).longValue();
    }

    static String write(Map<String, Object> chart) {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
