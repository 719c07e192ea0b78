package org.riverwoods.kap.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * The clinic console for the browser journeys: its packaged {@code quarkus-run.jar}, started once
 * per test JVM beside {@link JourneyPlatform}'s four services, with the development sign-in on as
 * {@code ./platform run} turns it on. {@link AfterJourneys} stops it with the services.
 */
final class ConsolePlatform {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static Process process;
    private static String url;

    private ConsolePlatform() {
    }

    /** The console's base URL (http://localhost:port), starting the platform and the console if needed. */
    static synchronized String url() {
        if (url == null) {
            PlatformUrls services = JourneyPlatform.urls();
            start(services);
        }
        return url;
    }

    static synchronized void stop() {
        if (process != null) {
            HarnessProcesses.stop(List.of(process), HarnessProcesses.GRACE);
            process = null;
            url = null;
        }
    }

    private static void start(PlatformUrls services) {
        Path repository = JourneyPlatform.repositoryRoot();
        Path jar = repository.resolve("clinic-console/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify (or ./mvnw -DskipTests package first)");
        }
        Path log = repository.resolve("journey-tests/target/journey-logs/clinic-console.log");
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            int port = JourneyPlatform.freePorts(1).get(0);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(HarnessProcesses.markerArguments(repository));
            command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "localhost");
            env.put("KAP_CONSOLE_SERVICES_INTAKE_URL", services.intake());
            env.put("KAP_CONSOLE_SERVICES_TREATMENT_URL", services.treatment());
            env.put("KAP_CONSOLE_SERVICES_INFUSION_URL", services.infusion());
            env.put("KAP_CONSOLE_SERVICES_OUTCOMES_URL", services.outcomes());
            env.put("KAP_CONSOLE_DEV_SIGN_IN_ENABLED", "true");
            env.put("KAP_CONSOLE_OIDC_ENABLED", "false");
            env.put("KAP_CONSOLE_DEV_SIGN_IN_SIGNING_KEY", DevTokens.privateKeyPem());
            process = HarnessProcesses.start(builder);
            url = "http://localhost:" + port;
            awaitReady(log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the clinic console", e);
        }
    }

    private static void awaitReady(Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clinic-console exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the console", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        throw new IllegalStateException("clinic-console not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }
}
