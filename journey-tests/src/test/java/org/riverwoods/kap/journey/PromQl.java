package org.riverwoods.kap.journey;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (as written in a Grafana panel or a Prometheus rule) reads,
 * and the metric names of a Prometheus text exposition. Enough of PromQL for that, not a parser:
 * strings, label matchers, ranges, Grafana variables and the label lists of {@code by},
 * {@code without}, {@code on}, {@code ignoring}, {@code group_left} and {@code group_right} are
 * removed; of the identifiers left, those followed by {@code (} are functions or aggregations and
 * the keywords are dropped; the rest are metric names.
 */
final class PromQl {

    /** Series Prometheus makes itself for every target: never in a service's exposition. */
    static final Set<String> SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added", "ALERTS", "ALERTS_FOR_STATE");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+|\\[\\[\\w+]]");
    private static final Pattern LABEL_LISTS = Pattern
            .compile("(?i)\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** An identifier not glued to a number, a duration or another identifier (5m, 1e3, 0.99 are no names). */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])[A-Za-z_:][\\w:]*");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern EXPOSITION_NAME = Pattern.compile("^([A-Za-z_:][\\w:]*)");

    private PromQl() {
    }

    /** The metric names {@code expression} reads, in order of appearance. */
    static Set<String> metricNames(String expression) {
        String s = STRINGS.matcher(expression).replaceAll(" \"\" ");
        s = LABEL_MATCHERS.matcher(s).replaceAll(" ");
        s = RANGES.matcher(s).replaceAll(" ");
        s = GRAFANA_VARIABLES.matcher(s).replaceAll(" 1 ");
        s = LABEL_LISTS.matcher(s).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String identifier = m.group();
            int next = m.end();
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            boolean function = next < s.length() && s.charAt(next) == '(';
            if (!function && !KEYWORDS.contains(identifier.toLowerCase(Locale.ROOT))) {
                names.add(identifier);
            }
        }
        return names;
    }

    /**
     * The metric names of a Grafana template variable's query: {@code label_values(metric{...}, label)}
     * reads {@code metric} ({@code label_values(label)} reads none); any other query is PromQL.
     */
    static Set<String> variableQueryMetricNames(String query) {
        Matcher m = LABEL_VALUES.matcher(query);
        if (!m.matches()) {
            return metricNames(query);
        }
        String arguments = m.group(1);
        int lastComma = -1;
        int depth = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                lastComma = i;
            }
        }
        return lastComma < 0 ? Set.of() : metricNames(arguments.substring(0, lastComma));
    }

    /** Every sample name of a Prometheus text exposition ({@code /q/metrics}). */
    static Set<String> exposedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = EXPOSITION_NAME.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
