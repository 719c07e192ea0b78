package org.riverwoods.kap.console.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the outcomes-service figures into the data-chart descriptions console.js draws, and the
 * rows of the small table shown beside each chart. Thresholds come from the caller (the service's
 * documented settings), never from here.
 */
public final class OutcomeCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeCharts() {
    }

    /** One chart: its data-chart JSON and the same figures as table rows. */
    public record Chart(String spec, List<Map<String, Object>> rows) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** Percent days abstinent per follow-up window, relapse window marked as its own point. */
    public static Chart percentDaysAbstinent(Map<String, Object> outcomes) {
        List<Map<String, Object>> windows = withBaseline(outcomes);
        LocalDate relapseOn = relapseOn(outcomes);
        List<Long> x = new ArrayList<>();
        List<Object> pda = new ArrayList<>();
        List<Object> relapse = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> w : windows) {
            LocalDate from = LocalDate.parse(String.valueOf(w.get("from")));
            LocalDate to = LocalDate.parse(String.valueOf(w.get("to")));
            x.add(epoch(from));
            pda.add(w.get("percentDaysAbstinent"));
            boolean relapsedHere = relapseOn != null && !relapseOn.isBefore(from) && !relapseOn.isAfter(to);
            relapse.add(relapsedHere ? w.get("percentDaysAbstinent") : null);
            Map<String, Object> row = new LinkedHashMap<>(w);
            row.put("relapse", relapsedHere ? "relapse " + relapseOn : "");
            rows.add(row);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series("% days abstinent", pda, false));
        if (relapseOn != null) {
            series.add(series("relapse", relapse, false));
        }
        return new Chart(spec(x, series, List.of(), "% of known days", List.of(0, 100)), rows);
    }

    /** Heavy drinking days per follow-up window. */
    public static Chart heavyDrinkingDays(Map<String, Object> outcomes) {
        List<Long> x = new ArrayList<>();
        List<Object> hdd = new ArrayList<>();
        List<Map<String, Object>> windows = withBaseline(outcomes);
        for (Map<String, Object> w : windows) {
            x.add(epoch(LocalDate.parse(String.valueOf(w.get("from")))));
            hdd.add(w.get("heavyDrinkingDays"));
        }
        return new Chart(spec(x, List.of(series("heavy drinking days", hdd, true)), List.of(), "days", null), windows);
    }

    /**
     * PHQ-9 totals over time with the response line (baseline less the response drop) and the
     * remission line, when a baseline is known.
     */
    public static Chart phq9(List<Map<String, Object>> questionnaires, Integer baseline, int responseDropPercent,
            int remissionBelow) {
        List<Map<String, Object>> phq = only(questionnaires, "PHQ_9");
        List<Map<String, Object>> lines = new ArrayList<>();
        if (baseline != null && baseline > 0) {
            double response = baseline * (100 - responseDropPercent) / 100.0;
            lines.add(line(response, "response (" + responseDropPercent + "% below baseline " + baseline + ")"));
        }
        lines.add(line(remissionBelow, "remission (below " + remissionBelow + ")"));
        return over(phq, "PHQ-9", lines, "score", List.of(0, 27));
    }

    /** The 0-100 craving scale over time. */
    public static Chart craving(List<Map<String, Object>> questionnaires) {
        return over(only(questionnaires, "CRAVING_VAS"), "craving", List.of(), "0-100", List.of(0, 100));
    }

    private static Chart over(List<Map<String, Object>> answered, String label, List<Map<String, Object>> lines,
            String yLabel, List<Integer> range) {
        List<Long> x = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        for (Map<String, Object> q : answered) {
            x.add(Instant.parse(String.valueOf(q.get("answeredAt"))).getEpochSecond());
            totals.add(q.get("total"));
        }
        return new Chart(spec(x, List.of(series(label, totals, false)), lines, yLabel, range), answered);
    }

    static List<Map<String, Object>> only(List<Map<String, Object>> questionnaires, String kind) {
        return questionnaires.stream().filter(q -> kind.equals(String.valueOf(q.get("questionnaire")))).toList();
    }

    /**
     * The baseline window before treatment (the service's Timeline Followback baseline), then the
     * follow-up windows from day 0, each named for the table.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> withBaseline(Map<String, Object> outcomes) {
        List<Map<String, Object>> named = new ArrayList<>();
        if (outcomes != null && outcomes.get("baseline") instanceof Map<?, ?> baseline) {
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) baseline);
            row.put("name", "baseline, before treatment");
            named.add(row);
        }
        int n = 1;
        for (Map<String, Object> w : windows(outcomes)) {
            Map<String, Object> row = new LinkedHashMap<>(w);
            row.put("name", "window " + n++);
            named.add(row);
        }
        return named;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> windows(Map<String, Object> outcomes) {
        Object followUp = outcomes == null ? null : outcomes.get("followUp");
        return followUp instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static LocalDate relapseOn(Map<String, Object> outcomes) {
        Object relapse = outcomes == null ? null : outcomes.get("relapse");
        if (relapse instanceof Map<?, ?> r && r.get("relapseOn") != null) {
            return LocalDate.parse(String.valueOf(((Map<String, Object>) r).get("relapseOn")));
        }
        return null;
    }

    private static Map<String, Object> line(Number value, String label) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("value", value);
        line.put("label", label);
        return line;
    }

    private static long epoch(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static Map<String, Object> series(String label, List<Object> values, boolean step) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("label", label);
        s.put("values", values);
        s.put("step", step);
        return s;
    }

    private static String spec(List<Long> x, List<Map<String, Object>> series, List<Map<String, Object>> lines,
            String yLabel, List<Integer> range) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("x", x);
        spec.put("series", series);
        spec.put("lines", lines);
        spec.put("yLabel", yLabel);
        spec.put("xKind", "time");
        if (range != null) {
            spec.put("yRange", range);
        }
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
