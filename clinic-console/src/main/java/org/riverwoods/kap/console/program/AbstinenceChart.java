package org.riverwoods.kap.console.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.quarkus.qute.TemplateData;

/**
 * Mean percent days abstinent per protocol over the last few quarters, as console.js's
 * {@code data-chart} description (x: the first day of each quarter). A quarter whose mean was
 * suppressed or that had no such cohort leaves a gap (null), never a zero.
 */
public final class AbstinenceChart {

    private AbstinenceChart() {
    }

    /** One quarter's figure for one protocol; {@code mean} null when not published. */
    @TemplateData
    public record Figure(String quarter, String protocol, Number mean, Integer n) {
    }

    /** The figures of one quarter's cohort rows, suppressed ones included (mean null). */
    public static List<Figure> figures(String quarter, List<Map<String, Object>> rows) {
        List<Figure> figures = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object cell = row.get("meanPercentDaysAbstinent");
            Number mean = null;
            Integer n = null;
            if (cell instanceof Map<?, ?> c && !Boolean.TRUE.equals(c.get("suppressed")) && c.get("value") instanceof Number v) {
                mean = v;
                n = c.get("n") instanceof Number count ? count.intValue() : null;
            }
            figures.add(new Figure(quarter, String.valueOf(row.get("templateCode")), mean, n));
        }
        return figures;
    }

    /** The chart's JSON, or null when no quarter has a published mean. */
    public static String of(List<String> quarters, List<Figure> figures) {
        if (figures.stream().allMatch(f -> f.mean() == null)) {
            return null;
        }
        TreeSet<String> protocols = new TreeSet<>();
        figures.stream().filter(f -> f.mean() != null).forEach(f -> protocols.add(f.protocol()));
        List<Map<String, Object>> series = new ArrayList<>();
        for (String protocol : protocols) {
            List<Number> values = new ArrayList<>();
            for (String quarter : quarters) {
                values.add(figures.stream().filter(f -> f.quarter().equals(quarter) && f.protocol().equals(protocol))
                        .findFirst().map(Figure::mean).orElse(null));
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", protocol);
            line.put("values", values);
            line.put("step", false);
            series.add(line);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("x", quarters.stream().map(Quarters::startEpochSecond).toList());
        chart.put("series", series);
        chart.put("yLabel", "% days abstinent");
        chart.put("xKind", "time");
        chart.put("yRange", List.of(0, 100));
        return SurvivalChart.write(chart);
    }
}
