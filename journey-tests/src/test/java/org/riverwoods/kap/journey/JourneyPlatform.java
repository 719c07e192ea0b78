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
 */
final class JourneyPlatform {

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
    /** Service name → the loopback proxy its database connections go through (fault journeys cut it). */
    private static final Map<String, TcpProxy> DATABASE_PROXIES = new LinkedHashMap<>();

    private JourneyPlatform() {
    }

    /** The proxy between {@code service} and its database: refuse() is a database that refuses connections. */
    static synchronized TcpProxy databaseOf(String service) {
        urls();
        return DATABASE_PROXIES.get(service);
    }

    static synchronized PlatformUrls urls() {
        if (urls == null) {
            urls = start();
        }
        return urls;
    }

    /**
     * Starts everything; if a service fails to start, shows the end of its log, stops what was
     * started and tries once more (a second failure fails every journey with the cause).
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
        String kafka = TestKafka.bootstrapServers();
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
                processes.add(launch(repository, service, jdbcUrls.get(service), port, kafka,
                        logs.resolve(service + ".log")));
                baseUrls.put(service, "http://localhost:" + port);
            }
            int i = 0;
            for (Map.Entry<String, String> service : baseUrls.entrySet()) {
                awaitReady(service.getKey(), service.getValue(), processes.get(i++), logs.resolve(service.getKey() + ".log"));
            }
        } catch (IOException | RuntimeException e) {
            processes.forEach(JourneyPlatform::stop);
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException("Could not start the services", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(JourneyPlatform::stop),
                "journey-services-stop"));
        System.out.printf("[journeys] broker, PostgreSQL and 4 services ready in %.1f s: %s%n",
                (System.nanoTime() - started) / 1e9, baseUrls);
        return new PlatformUrls(baseUrls.get("intake-service"), baseUrls.get("treatment-service"),
                baseUrls.get("infusion-service"), baseUrls.get("outcomes-service"));
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
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
        return builder.start();
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

    private static void stop(Process process) {
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path repositoryRoot() {
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
    private static List<Integer> freePorts(int count) throws IOException {
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
