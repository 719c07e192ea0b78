package org.riverwoods.kap.console.chart;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A month of the diary as weeks of days (Monday first): each day abstinent, used (with what) or
 * unknown when nothing was recorded. Days outside the month are blanks that keep the grid aligned.
 */
public record DiaryMonth(YearMonth month, List<List<Day>> weeks) {

    /** One cell; {@code day} is null for a blank. */
    public record Day(LocalDate day, String state, String used) {
        public boolean blank() {
            return day == null;
        }

        public int number() {
            return day == null ? 0 : day.getDayOfMonth();
        }
    }

    public static DiaryMonth of(YearMonth month, List<Map<String, Object>> recorded) {
        Map<LocalDate, Map<String, Object>> byDay = new HashMap<>();
        recorded.forEach(d -> byDay.put(LocalDate.parse(String.valueOf(d.get("day"))), d));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int lead = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < lead; i++) {
            week.add(new Day(null, "blank", ""));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            week.add(cell(day, byDay.get(day)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, "blank", ""));
            }
            weeks.add(week);
        }
        return new DiaryMonth(month, weeks);
    }

    /** A recorded day in words: "nothing used" or what was used, e.g. "3 alcohol". */
    public static String inWords(Map<String, Object> recorded) {
        Day day = cell(LocalDate.parse(String.valueOf(recorded.get("day"))), recorded);
        return "abstinent".equals(day.state()) ? "nothing used" : day.used();
    }

    @SuppressWarnings("unchecked")
    static Day cell(LocalDate day, Map<String, Object> recorded) {
        if (recorded == null) {
            return new Day(day, "unknown", "");
        }
        if (Boolean.TRUE.equals(recorded.get("abstinent"))) {
            return new Day(day, "abstinent", "");
        }
        StringBuilder used = new StringBuilder();
        for (Map<String, Object> e : (List<Map<String, Object>>) recorded.getOrDefault("entries", List.of())) {
            if (used.length() > 0) {
                used.append(", ");
            }
            Object amount = e.get("amount");
            used.append(amount instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : amount)
                    .append(' ').append(String.valueOf(e.get("substance")).toLowerCase().replace('_', ' '));
        }
        return new Day(day, "used", used.toString());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
