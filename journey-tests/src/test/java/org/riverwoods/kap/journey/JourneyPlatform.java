package org.riverwoods.kap.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riverwoods.kap.testing.journey.PlatformUrls;
import org.riverwoods.kap.testing.journey.SandboxSettings;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.TcpProxy;
import org.riverwoods.kap.testing.TestKafka;
import org.riverwoods.kap.testing.TestPostgres;

/**
 * The whole platform for the journeys, started once per test JVM the way the local platform runs
 * it: a real KRaft broker and a real PostgreSQL (test-infrastructure, in this JVM), and each
 * service as its own process from the {@code quarkus-run.jar} that {@code ./mvnw package} built,
 * on a free port, with one database each. Service logs go to {@code target/journey-logs/}.
 *
 * <p>The services are processes of {@link HarnessProcesses}: {@link AfterJourneys} stops them when
 * the test plan is over (after scraping their metrics), a failed start stops what it started, and
 * a shutdown hook ends whatever is left if the test JVM exits first.
 *
 * <p>The fault tier ({@value #BROKER_PROCESS_PROPERTY}{@code =true}) runs the broker as a process of
 * its own ({@link BrokerProcess}), which it kills and restarts, and kills and restarts services
 * ({@link #kill}, {@link #restart}).
 */
final class JourneyPlatform {

    /** Set by the fault tier's failsafe execution: the broker runs in a process it can kill. */
    static final String BROKER_PROCESS_PROPERTY = "kap.journeys.broker-process";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Pattern JDBC_POSTGRES = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.*)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** Service name → its database. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("intake-service", "intake");
        SERVICES.put("treatment-service", "treatment");
        SERVICES.put("infusion-service", "infusion");
        SERVICES.put("outcomes-service", "outcomes");
    }

    private static PlatformUrls urls;
    /** Service name → base URL, and the processes, of the running platform (empty when stopped). */
    private static final Map<String, String> BASE_URLS = new LinkedHashMap<>();
    private static final List<Process> PROCESSES = new ArrayList<>();
    /** Service name → the loopback proxy its database connections go through (fault journeys cut it). */
    private static final Map<String, TcpProxy> DATABASE_PROXIES = new LinkedHashMap<>();
    /** Service name → how it was launched, to launch it again after a kill. */
    private static final Map<String, Launch> LAUNCHES = new LinkedHashMap<>();
    private static BrokerProcess brokerProcess;

    private record Launch(String jdbcUrl, int port, String kafka, Path log) {
    }

    private JourneyPlatform() {
    }

    /** The proxy between {@code service} and its database: refuse() is a database that refuses connections. */
    static synchronized TcpProxy databaseOf(String service) {
        urls();
        return DATABASE_PROXIES.get(service);
    }

    /** The broker process of the fault tier (started with the platform). */
    static synchronized BrokerProcess brokerProcess() {
        urls();
        if (brokerProcess == null) {
            throw new IllegalStateException("The broker runs in this JVM: set -D" + BROKER_PROCESS_PROPERTY + "=true");
        }
        return brokerProcess;
    }

    /** SIGKILL to one service: no shutdown hook, no graceful anything, as a crash or an OOM kill. */
    static synchronized void kill(String service) {
        Process process = PROCESSES.get(serviceIndex(service));
        process.destroyForcibly();
        try {
            if (!process.waitFor(HarnessProcesses.KILL_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(service + " still runs after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed service again, with the same port, database and broker, and waits until it is ready. */
    static void restart(String service) {
        Launch launch;
        Process process;
        synchronized (JourneyPlatform.class) {
            launch = LAUNCHES.get(service);
            try {
                process = launch(repositoryRoot(), service, launch.jdbcUrl(), launch.port(), launch.kafka(), launch.log());
            } catch (IOException e) {
                throw new IllegalStateException("Could not start " + service + " again", e);
            }
            PROCESSES.set(serviceIndex(service), process);
        }
        awaitReady(service, BASE_URLS.get(service), process, launch.log());
    }

    private static int serviceIndex(String service) {
        int index = List.copyOf(SERVICES.keySet()).indexOf(service);
        if (index < 0 || PROCESSES.size() <= index) {
            throw new IllegalArgumentException("No running service " + service);
        }
        return index;
    }

    static synchronized PlatformUrls urls() {
        if (urls == null) {
            urls = start();
        }
        return urls;
    }

    /** Service name → base URL of the running services; empty when the platform was not started (or is stopped). */
    static synchronized Map<String, String> runningServices() {
        return Map.copyOf(BASE_URLS);
    }

    /**
     * Stops the four services, if they run: SIGTERM to all at once (Quarkus shuts down gracefully
     * while the broker and PostgreSQL are still up), SIGKILL to any still running after
     * {@link HarnessProcesses#GRACE}. A later {@link #urls()} would start them again.
     */
    static synchronized void stop() {
        if (PROCESSES.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<ProcessHandle> alive = HarnessProcesses.stop(PROCESSES, HarnessProcesses.GRACE);
        System.out.printf("[journeys] %d services stopped in %.1f s%s%n", PROCESSES.size(), (System.nanoTime() - started) / 1e9,
                alive.isEmpty() ? "" : "; STILL RUNNING: " + alive.stream().map(ProcessHandle::pid).toList());
        PROCESSES.clear();
        BASE_URLS.clear();
        LAUNCHES.clear();
        urls = null;
        if (brokerProcess != null) {
            HarnessProcesses.stop(List.of(brokerProcess.process()), HarnessProcesses.GRACE);
            brokerProcess = null;
        }
    }

    /**
     * Starts everything; if a service fails to start, shows the end of its log, stops what was
     * started (and its descendants) and tries once more (a second failure fails every journey with
     * the cause, after stopping that attempt's processes too).
     */
    private static PlatformUrls start() {
        try {
            return startOnce();
        } catch (IllegalStateException first) {
            System.out.println("[journeys] start-up failed, trying once more: " + first.getMessage());
            return startOnce();
        }
    }

    private static PlatformUrls startOnce() {
        long started = System.nanoTime();
        Path repository = repositoryRoot();
        Path logs = repository.resolve("journey-tests/target/journey-logs");
        String kafka = servicesBootstrap(repository);
        Map<String, String> jdbcUrls = new LinkedHashMap<>();
        // the servers first, then the services' ports: nothing started later can take a chosen port
        SERVICES.forEach((service, database) -> jdbcUrls.put(service, throughProxy(service, TestPostgres.jdbcUrl(database))));
        List<Process> processes = new ArrayList<>();
        Map<String, String> baseUrls = new LinkedHashMap<>();
        try {
            Files.createDirectories(logs);
            List<Integer> ports = freePorts(SERVICES.size());
            for (String service : SERVICES.keySet()) {
                int port = ports.get(baseUrls.size());
                Launch launch = new Launch(jdbcUrls.get(service), port, kafka, logs.resolve(service + ".log"));
                Files.deleteIfExists(launch.log());
                processes.add(launch(repository, service, launch.jdbcUrl(), port, kafka, launch.log()));
                baseUrls.put(service, "http://localhost:" + port);
                LAUNCHES.put(service, launch);
            }
            int i = 0;
            for (Map.Entry<String, String> service : baseUrls.entrySet()) {
                awaitReady(service.getKey(), service.getValue(), processes.get(i++), logs.resolve(service.getKey() + ".log"));
            }
        } catch (IOException | RuntimeException | Error e) {
            List<ProcessHandle> alive = HarnessProcesses.stop(processes, HarnessProcesses.GRACE);
            if (!alive.isEmpty()) {
                e.addSuppressed(new IllegalStateException("could not end " + alive.stream().map(ProcessHandle::pid).toList()));
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException("Could not start the services", e);
        }
        PROCESSES.addAll(processes);
        BASE_URLS.putAll(baseUrls);
        System.out.printf("[journeys] broker, PostgreSQL and 4 services ready in %.1f s: %s%n",
                (System.nanoTime() - started) / 1e9, baseUrls);
        return new PlatformUrls(baseUrls.get("intake-service"), baseUrls.get("treatment-service"),
                baseUrls.get("infusion-service"), baseUrls.get("outcomes-service"));
    }

    /** The embedded broker, or in the fault tier a broker process reached through a proxy. */
    private static String servicesBootstrap(Path repository) {
        if (!Boolean.getBoolean(BROKER_PROCESS_PROPERTY)) {
            return TestKafka.bootstrapServers();
        }
        if (brokerProcess == null) {
            long started = System.nanoTime();
            brokerProcess = BrokerProcess.start(repository.resolve("journey-tests/target/fault-broker"));
            TestKafka.useBroker(brokerProcess.directBootstrap());
            System.out.printf("[journeys] broker process ready in %.1f s (services through %s)%n",
                    (System.nanoTime() - started) / 1e9, brokerProcess.servicesBootstrap());
        }
        return brokerProcess.servicesBootstrap();
    }

    /** jdbc:postgresql://host:port/db → the same database through a loopback proxy of this service's own. */
    private static String throughProxy(String service, String jdbcUrl) {
        Matcher m = JDBC_POSTGRES.matcher(jdbcUrl);
        if (!m.matches()) {
            return jdbcUrl; // an external server given another way: used directly
        }
        TcpProxy proxy = DATABASE_PROXIES.computeIfAbsent(service,
                s -> TcpProxy.start(m.group(1), Integer.parseInt(m.group(2))));
        return "jdbc:postgresql://localhost:" + proxy.port() + "/" + m.group(3);
    }

    private static Process launch(Path repository, String service, String jdbcUrl, int port, String kafka, Path log)
            throws IOException {
        Path jar = repository.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the journeys run the packaged services. Run them with "
                    + "./mvnw verify (or ./mvnw -DskipTests package first).");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HarnessProcesses.markerArguments(repository)); // NoProcessLeftBehindIT recognises it by these
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        // appended: a service started again after a kill keeps the log of its first life
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "localhost");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", TestPostgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestPostgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("MP_JWT_VERIFY_PUBLICKEY", DevTokens.publicKeyPem());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // a whole course in seconds, as on the local platform: the two-hour observation and the
        // check-in day are tested at their boundaries in infusion-service
        env.putAll(SandboxSettings.all());
        return HarnessProcesses.start(builder);
    }

    private static void awaitReady(String service, String baseUrl, Process process, Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with code " + process.exitValue() + "; the end of "
                        + log + ":\n" + tail(log, 40));
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(service + " not ready after " + READY_TIMEOUT.toSeconds() + " s; the end of "
                + log + ":\n" + tail(log, 40));
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run the journeys inside the repository (no mvnw above "
                    + System.getProperty("user.dir") + ")");
        }
        return dir;
    }

    /** Distinct free ports: held open together, since the services bind theirs only seconds later. */
    static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
