package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every metric the dashboards and the alert rules of deploy/ read is one the services really
 * expose at {@code /q/metrics}, after the traffic of all the journeys (some meters, such as
 * {@code http_server_requests_seconds_*} or a producer's per-topic counters, only appear once
 * used). A renamed meter, a removed binder or a misspelt name in a panel fails here instead of
 * leaving an empty graph or an alert that can never fire.
 *
 * <p>Reads the expositions {@link AfterJourneys} scraped from the running services when the
 * journeys' test plan finished; runs in the second failsafe execution ({@code after-journeys}).
 * Dashboard {@code <service>.json} is checked against that service; a rule of alerts.yml against
 * the services it selects with {@code job="<service>"}, or all four if it selects none. Series
 * Prometheus makes itself ({@code up}) are exempt.
 */
class DashboardMetricsExposedIT {

    private static Path scrapes;

    @BeforeAll
    static void afterEveryJourney() throws IOException {
        scrapes = AfterJourneys.scrapeDirectory();
        Path ranFile = scrapes.resolve(AfterJourneys.RAN_FILE);
        assertTrue(Files.isRegularFile(ranFile), "No scrape of the services' metrics in " + scrapes
                + ": the journeys did not run the platform in this build (run ./mvnw verify -pl journey-tests)");
        Set<String> missing = new TreeSet<>(AfterJourneys.journeyClasses());
        missing.removeAll(Files.readAllLines(ranFile));
        assumeTrue(missing.isEmpty(), "The metrics are checked after the traffic of every journey; these did not run "
                + "(a single journey chosen with -Dit.test?): " + missing);
    }

    private static Set<String> exposed(String service) throws IOException {
        Path error = scrapes.resolve(service + ".error");
        assertFalse(Files.exists(error), service + ": its metrics could not be scraped: " + (Files.exists(error) ? Files.readString(error) : ""));
        Path scrape = scrapes.resolve(service + ".prom");
        assertTrue(Files.isRegularFile(scrape), service + ": no scrape of its /q/metrics in " + scrapes);
        Set<String> names = PromQl.exposedNames(Files.readString(scrape));
        assertFalse(names.isEmpty(), service + ": its /q/metrics exposition names no metric");
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "intake-service", "treatment-service", "infusion-service", "outcomes-service" })
    void everyMetricOfTheServicesDashboardIsExposedByIt(String service) throws IOException {
        Set<String> exposed = exposed(service);
        Map<String, Set<String>> named = MonitoringFiles.metricNames(MonitoringFiles.dashboardExpressions(service));
        assertFalse(named.isEmpty(), MonitoringFiles.dashboard(service) + " reads no metric");
        List<String> missing = missing(named, exposed);
        System.out.println("[after journeys] " + service + ": its dashboard reads " + named.size() + " metrics: " + named.keySet());
        assertTrue(missing.isEmpty(), service + " does not expose " + missing.size() + " metric(s) its dashboard "
                + MonitoringFiles.DASHBOARDS + "/" + service + ".json reads:\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyMetricOfTheAlertRulesIsExposedByTheServicesTheRuleWatches() throws IOException {
        List<MonitoringFiles.Expression> rules = MonitoringFiles.alertExpressions();
        Map<String, Set<String>> named = MonitoringFiles.metricNames(rules);
        assertFalse(named.isEmpty(), MonitoringFiles.ALERTS + " reads no metric");
        System.out.println("[after journeys] " + MonitoringFiles.ALERTS + " reads " + named.size() + " metrics: " + named.keySet());
        List<String> problems = new ArrayList<>();
        for (String service : MonitoringFiles.SERVICES) {
            Set<String> exposed = exposed(service);
            List<MonitoringFiles.Expression> watching = rules.stream().filter(rule -> rule.watches(service)).toList();
            missing(MonitoringFiles.metricNames(watching), exposed).forEach(m -> problems.add(service + " does not expose " + m));
        }
        assertTrue(problems.isEmpty(), "metrics of the alert rules not exposed:\n  " + String.join("\n  ", problems));
    }

    private static List<String> missing(Map<String, Set<String>> named, Set<String> exposed) {
        List<String> missing = new ArrayList<>();
        named.forEach((name, where) -> {
            if (!exposed.contains(name) && !PromQl.SYNTHETIC.contains(name)) {
                missing.add(name + " (read by " + String.join("; ", where) + ")");
            }
        });
        return missing;
    }
}
