package org.riverwoods.kap.console.program;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting periods of outcomes-service's cohorts: calendar quarters written like "2026-Q4"
 * (outcomes-service's own Periods). The page moves between them and charts a few of them.
 */
public final class Quarters {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Quarters() {
    }

    public static boolean valid(String period) {
        return period != null && QUARTER.matcher(period).matches();
    }

    public static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the quarter. */
    public static LocalDate start(String period) {
        Matcher m = matcher(period);
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }

    /** The first day of the quarter as epoch seconds (UTC midnight), for a chart's time axis. */
    public static long startEpochSecond(String period) {
        return start(period).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    public static String previous(String period) {
        return of(start(period).minusMonths(3));
    }

    public static String next(String period) {
        return of(start(period).plusMonths(3));
    }

    /** {@code count} quarters ending with {@code period}, oldest first. */
    public static List<String> endingWith(String period, int count) {
        List<String> quarters = new ArrayList<>();
        String quarter = period;
        for (int i = 0; i < count; i++) {
            quarters.add(0, quarter);
            quarter = previous(quarter);
        }
        return quarters;
    }

    private static Matcher matcher(String period) {
        Matcher m = QUARTER.matcher(period == null ? "" : period);
        if (!m.matches()) {
            throw new IllegalArgumentException("A quarter looks like 2026-Q4");
        }
        return m;
    }
}
