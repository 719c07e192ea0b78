package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The monitoring files of deploy/ hang together, offline (that the metrics they read exist is
 * {@link DashboardMetricsExposedIT}'s part): a dashboard per service reading only its own job,
 * alert rules with a severity and texts, Prometheus scraping each service's /q/metrics on its
 * port under the service's name, and Grafana provisioned from the folders docker-compose.yml mounts.
 */
class MonitoringFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = JourneyPlatform.repositoryRoot();

    @Test
    void everyServiceHasADashboardWhosePanelsReadOnlyItsOwnJob() {
        assertAll(MonitoringFiles.SERVICES.stream().map(service -> (Executable) () -> {
            JsonNode dashboard = MonitoringFiles.readDashboard(service);
            String where = MonitoringFiles.DASHBOARDS + "/" + service + ".json";
            assertEquals("kap-" + service, dashboard.path("uid").asText(), where + ": uid");
            List<MonitoringFiles.Expression> expressions = MonitoringFiles.dashboardExpressions(service);
            assertTrue(expressions.size() > 10, where + ": only " + expressions.size() + " expressions");
            for (MonitoringFiles.Expression e : expressions) {
                assertTrue(e.promQl().contains("job=\"" + service + "\""), e.where() + " does not select job=\"" + service + "\": " + e.promQl());
                assertFalse(e.metricNames().isEmpty(), e.where() + " reads no metric: " + e.promQl());
            }
            Set<Integer> ids = new HashSet<>();
            List<String> noDatasource = new ArrayList<>();
            forEachPanel(dashboard.path("panels"), panel -> {
                assertTrue(ids.add(panel.path("id").asInt()), where + ": panel id " + panel.path("id") + " twice");
                for (JsonNode target : panel.path("targets")) {
                    if (!"${datasource}".equals(target.path("datasource").path("uid").asText())) {
                        noDatasource.add(panel.path("title").asText());
                    }
                }
            });
            assertEquals(List.of(), noDatasource, where + ": targets not on the $datasource variable");
        }));
    }

    private static void forEachPanel(JsonNode panels, java.util.function.Consumer<JsonNode> action) {
        for (JsonNode panel : panels) {
            action.accept(panel);
            forEachPanel(panel.path("panels"), action);
        }
    }

    @Test
    void everyAlertRuleHasASeverityAWaitAndTexts() {
        List<MonitoringFiles.Expression> rules = MonitoringFiles.alertExpressions();
        assertFalse(rules.isEmpty(), MonitoringFiles.ALERTS + ": no rules");
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode group : MonitoringFiles.readAlerts().path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText("");
                if (name.isBlank() || !names.add(name)) {
                    problems.add("an alert without a name or named twice: " + name);
                }
                if (!Set.of("warning", "critical").contains(rule.path("labels").path("severity").asText())) {
                    problems.add(name + ": labels.severity must be warning or critical");
                }
                if (!rule.path("for").isTextual()) {
                    problems.add(name + ": no `for`");
                }
                for (String text : List.of("summary", "description")) {
                    if (rule.path("annotations").path(text).asText("").isBlank()) {
                        problems.add(name + ": no annotations." + text);
                    }
                }
                if (PromQl.metricNames(rule.path("expr").asText("")).isEmpty()) {
                    problems.add(name + ": the expression reads no metric");
                }
            }
        }
        assertTrue(problems.isEmpty(), MonitoringFiles.ALERTS + ": " + problems);
    }

    @Test
    void prometheusScrapesEachServicesMetricsUnderItsNameAndLoadsTheRules() throws IOException {
        JsonNode config = YAML.readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile());
        List<String> ruleFiles = new ArrayList<>();
        config.path("rule_files").forEach(f -> ruleFiles.add(f.asText()));
        assertEquals(List.of("alerts.yml"), ruleFiles, "deploy/prometheus/prometheus.yml: rule_files");
        assertAll(MonitoringFiles.SERVICES.stream().map(service -> (Executable) () -> {
            JsonNode job = null;
            for (JsonNode j : config.path("scrape_configs")) {
                if (service.equals(j.path("job_name").asText())) {
                    job = j;
                }
            }
            assertTrue(job != null, "deploy/prometheus/prometheus.yml: no scrape job named " + service);
            assertEquals("/q/metrics", job.path("metrics_path").asText(), service + ": metrics_path");
            assertEquals(service + ":" + httpPort(service), job.path("static_configs").path(0).path("targets").path(0).asText(),
                    service + ": the target must be the compose service on its quarkus.http.port");
        }));
    }

    private static String httpPort(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("quarkus.http.port");
    }

    @Test
    void grafanaIsProvisionedFromTheFoldersComposeMounts() throws IOException {
        JsonNode datasource = YAML.readTree(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml").toFile())
                .path("datasources").path(0);
        assertEquals("prometheus", datasource.path("uid").asText(), "the dashboards' $datasource starts at uid prometheus");
        assertEquals("http://prometheus:9090", datasource.path("url").asText());
        String dashboardsPath = YAML.readTree(ROOT.resolve("deploy/grafana/provisioning/dashboards/riverwoods-kap.yml").toFile())
                .path("providers").path(0).path("options").path("path").asText();

        JsonNode services = YAML.readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
        List<String> grafana = mounts(services.path("grafana"));
        assertTrue(grafana.contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro"), "grafana mounts " + grafana);
        assertTrue(grafana.contains("./deploy/grafana/dashboards:" + dashboardsPath + ":ro"),
                "grafana must mount ./deploy/grafana/dashboards where the provider reads them, " + dashboardsPath + ": " + grafana);
        List<String> prometheus = mounts(services.path("prometheus"));
        assertTrue(prometheus.contains("./deploy/prometheus:/etc/prometheus:ro"), "prometheus mounts " + prometheus);
    }

    private static List<String> mounts(JsonNode service) {
        List<String> mounts = new ArrayList<>();
        service.path("volumes").forEach(v -> mounts.add(v.asText()));
        return mounts;
    }
}
