package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The dashboards ({@code deploy/grafana/dashboards/<service>.json}) and alert rules
 * ({@code deploy/prometheus/alerts.yml}) of the four services, as the PromQL expressions they
 * evaluate and the metric names those read.
 */
final class MonitoringFiles {

    static final List<String> SERVICES = List.of("intake-service", "treatment-service", "infusion-service", "outcomes-service");
    static final String DASHBOARDS = "deploy/grafana/dashboards";
    static final String ALERTS = "deploy/prometheus/alerts.yml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One PromQL expression and where it is written (panel or rule). */
    record Expression(String where, String promQl, boolean variableQuery) {

        Set<String> metricNames() {
            return variableQuery ? PromQl.variableQueryMetricNames(promQl) : PromQl.metricNames(promQl);
        }

        /** The expression selects {@code job="<service>"}, or no service's job at all (then it watches every one). */
        boolean watches(String service) {
            List<String> selected = SERVICES.stream().filter(s -> promQl.contains("job=\"" + s + "\"")).toList();
            return selected.isEmpty() || selected.contains(service);
        }
    }

    private MonitoringFiles() {
    }

    static Path dashboard(String service) {
        return JourneyPlatform.repositoryRoot().resolve(DASHBOARDS).resolve(service + ".json");
    }

    static Path alerts() {
        return JourneyPlatform.repositoryRoot().resolve(ALERTS);
    }

    static JsonNode readDashboard(String service) {
        return read(JSON, dashboard(service));
    }

    static JsonNode readAlerts() {
        return read(YAML, alerts());
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** Every expression of the service's dashboard: panel targets and template variables. */
    static List<Expression> dashboardExpressions(String service) {
        JsonNode dashboard = readDashboard(service);
        List<Expression> out = new ArrayList<>();
        collectTargets(dashboard.path("panels"), service + ".json", out);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            JsonNode query = variable.path("query");
            String text = query.isObject() ? query.path("query").asText("") : query.asText("");
            if ("query".equals(variable.path("type").asText()) && !text.isBlank()) {
                out.add(new Expression(service + ".json: variable $" + variable.path("name").asText(), text, true));
            }
        }
        return out;
    }

    private static void collectTargets(JsonNode panels, String where, List<Expression> out) {
        for (JsonNode panel : panels) {
            String title = where + ": panel \"" + panel.path("title").asText() + "\"";
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText("");
                if (!expr.isBlank()) {
                    out.add(new Expression(title, expr, false));
                }
            }
            collectTargets(panel.path("panels"), where, out); // panels inside a collapsed row
        }
    }

    /** Every rule expression of alerts.yml. */
    static List<Expression> alertExpressions() {
        List<Expression> out = new ArrayList<>();
        for (JsonNode group : readAlerts().path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
                out.add(new Expression(ALERTS + ": " + name, rule.path("expr").asText(""), false));
            }
        }
        return out;
    }

    /** Metric name → where it is read. */
    static Map<String, Set<String>> metricNames(List<Expression> expressions) {
        Map<String, Set<String>> names = new TreeMap<>();
        for (Expression e : expressions) {
            e.metricNames().forEach(name -> names.computeIfAbsent(name, n -> new TreeSet<>()).add(e.where()));
        }
        return names;
    }
}
