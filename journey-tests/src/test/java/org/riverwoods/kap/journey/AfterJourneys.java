package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Runs once the whole test plan is over — after every journey, whether they ran one after the
 * other or in parallel — in the JVM that ran them (registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}):
 *
 * <ol>
 * <li>scrapes each running service's {@code /q/metrics} into {@code target/journey-metrics/<service>.prom}
 * and lists the test classes that ran in {@code journeys-ran.txt}, for
 * {@link DashboardMetricsExposedIT}. While a metric that deploy/'s dashboards or alert rules read is
 * missing it scrapes again every 5 s, for up to {@link #LATE_METERS}: some meters appear only a
 * while after the traffic that creates them;</li>
 * <li>stops the services ({@link JourneyPlatform#stop()}), while the broker and PostgreSQL still
 * run, instead of leaving it to a shutdown hook racing Surefire's 30 s exit limit.</li>
 * </ol>
 *
 * <p>The checks that need the journeys to be over ({@link #AFTER_JOURNEYS}) run in a second
 * failsafe execution (journey-tests/pom.xml), in a new JVM started after this one has exited.
 */
public class AfterJourneys implements TestExecutionListener {

    /** The test classes of the second failsafe execution; kept out of the journeys' execution. */
    static final Set<String> AFTER_JOURNEYS = Set.of(NoProcessLeftBehindIT.class.getName(),
            DashboardMetricsExposedIT.class.getName());
    /** The fault tier: its own execution, its own platform; its metrics are not the journeys'. */
    static final Set<String> FAULT_TIER = Set.of(FaultScenariosIT.class.getName());
    static final String RAN_FILE = "journeys-ran.txt";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * How long to wait for a metric the dashboards or alerts read to appear: Micrometer binds a Kafka
     * client's metrics when the client is created and then once a minute, so a producer's per-topic
     * meters (created at its first send to the topic) are exposed up to 60 s after that send.
     */
    private static final Duration LATE_METERS = Duration.ofSeconds(75);

    private final Set<String> ran = new ConcurrentSkipListSet<>();

    /** Where the scrapes are written: journey-tests/target/journey-metrics. */
    static Path scrapeDirectory() {
        return JourneyPlatform.repositoryRoot().resolve("journey-tests/target/journey-metrics");
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        ran.clear();
        if (!faultTier() && containsJourneys(plan)) {
            deleteScrapes(); // never let the checks read the scrapes of an earlier build
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        identifier.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .ifPresent(source -> ran.add(source.getClassName()));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Map<String, String> services = JourneyPlatform.runningServices();
        if (services.isEmpty()) {
            return;
        }
        try {
            if (!faultTier()) {
                scrape(services);
            }
        } finally {
            ConsolePlatform.stop();
            JourneyPlatform.stop();
        }
    }

    private static boolean faultTier() {
        return Boolean.getBoolean(JourneyPlatform.BROKER_PROCESS_PROPERTY);
    }

    private static boolean containsJourneys(TestPlan plan) {
        List<TestIdentifier> all = new ArrayList<>();
        plan.getRoots().forEach(root -> all.addAll(plan.getDescendants(root)));
        return all.stream().flatMap(id -> id.getSource().stream()).filter(ClassSource.class::isInstance)
                .map(s -> ((ClassSource) s).getClassName())
                .anyMatch(name -> name.startsWith(AfterJourneys.class.getPackageName() + ".") && name.endsWith("IT")
                        && !AFTER_JOURNEYS.contains(name) && !FAULT_TIER.contains(name));
    }

    private void scrape(Map<String, String> services) {
        Path dir = scrapeDirectory();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(RAN_FILE), new TreeSet<>(ran));
            // a run of some journeys only (-Dit.test=...) is not checked: no waiting for its meters either
            Map<String, Set<String>> wanted = allJourneysRan() ? wantedMetrics() : Map.of();
            long deadline = System.nanoTime() + LATE_METERS.toNanos();
            Map<String, String> scrapes = new TreeMap<>();
            Map<String, String> errors = new TreeMap<>();
            while (true) {
                scrapes.clear();
                errors.clear();
                services.forEach((service, baseUrl) -> fetchMetrics(baseUrl).ifPresentOrElse(
                        body -> scrapes.put(service, body), () -> errors.put(service, "GET " + baseUrl + "/q/metrics failed")));
                Map<String, Set<String>> missing = new TreeMap<>();
                scrapes.forEach((service, body) -> {
                    Set<String> absent = new TreeSet<>(wanted.getOrDefault(service, Set.of()));
                    absent.removeAll(PromQl.exposedNames(body));
                    absent.removeAll(PromQl.SYNTHETIC);
                    if (!absent.isEmpty()) {
                        missing.put(service, absent);
                    }
                });
                if (missing.isEmpty() || System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    break;
                }
                System.out.println("[journeys] metrics the dashboards and alerts read, not exposed yet (the Kafka client "
                        + "meters are bound once a minute): " + missing);
                Thread.sleep(5_000);
            }
            for (Map.Entry<String, String> scrape : scrapes.entrySet()) {
                Files.writeString(dir.resolve(scrape.getKey() + ".prom"), scrape.getValue());
            }
            for (Map.Entry<String, String> error : errors.entrySet()) {
                Files.writeString(dir.resolve(error.getKey() + ".error"), error.getValue());
            }
            System.out.println("[journeys] metrics of " + services.keySet() + " scraped into " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the metrics scrapes to " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean allJourneysRan() {
        try {
            return ran.containsAll(journeyClasses());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The journey test classes compiled beside this one (the after-journeys checks excluded). */
    static Set<String> journeyClasses() {
        String packageName = AfterJourneys.class.getPackageName();
        Set<String> journeys = new TreeSet<>();
        try {
            Path classes = Path.of(AfterJourneys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.list(classes.resolve(packageName.replace('.', '/')))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("IT.class") && !f.contains("$"))
                        .map(f -> packageName + "." + f.substring(0, f.length() - ".class".length()))
                        .filter(name -> !AFTER_JOURNEYS.contains(name) && !FAULT_TIER.contains(name))
                        .forEach(journeys::add);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Could not list the journey classes", e);
        }
        if (journeys.isEmpty()) {
            throw new IllegalStateException("No journey classes found beside " + AfterJourneys.class.getName());
        }
        return journeys;
    }

    private static Optional<String> fetchMetrics(String baseUrl) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return metrics.statusCode() == 200 ? Optional.of(metrics.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Service → the metric names its dashboard and the alert rules watching it read (none if the files are unreadable). */
    private static Map<String, Set<String>> wantedMetrics() {
        Map<String, Set<String>> wanted = new TreeMap<>();
        try {
            List<MonitoringFiles.Expression> rules = MonitoringFiles.alertExpressions();
            for (String service : MonitoringFiles.SERVICES) {
                Set<String> names = new TreeSet<>(MonitoringFiles.metricNames(MonitoringFiles.dashboardExpressions(service)).keySet());
                names.addAll(MonitoringFiles.metricNames(rules.stream().filter(r -> r.watches(service)).toList()).keySet());
                wanted.put(service, names);
            }
        } catch (RuntimeException unreadable) {
            System.out.println("[journeys] the dashboards or alert rules could not be read (" + unreadable.getMessage()
                    + "): scraping once; DashboardMetricsExposedIT will say more");
            return Map.of();
        }
        return wanted;
    }

    private static void deleteScrapes() {
        Path dir = scrapeDirectory();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dir, e);
        }
    }
}
