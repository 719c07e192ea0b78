package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.riverwoods.kap.testing.TcpProxy;

/**
 * A KRaft broker in a process of its own, for the fault tier: unlike the broker embedded in the test
 * JVM it can be killed and started again on the same data and ports, as a crashed broker is.
 *
 * <p>It listens twice. The test's own clients use {@code DIRECT}. The services use {@code SERVICES},
 * which advertises the port of a {@link TcpProxy} in front of it, so that every connection the
 * services open, metadata-directed ones included, goes through the proxy the fault tier slows.
 */
final class BrokerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;
    private final Path log;
    private final int directPort;
    private final int servicesPort;
    private final int controllerPort;
    private final TcpProxy servicesProxy;
    private Process process;

    private BrokerProcess(Path home, int directPort, int servicesPort, int controllerPort, TcpProxy servicesProxy) {
        this.home = home;
        this.log = home.resolve("broker.log");
        this.directPort = directPort;
        this.servicesPort = servicesPort;
        this.controllerPort = controllerPort;
        this.servicesProxy = servicesProxy;
    }

    /** Formats fresh storage under {@code home}, starts the broker and waits until it answers. */
    static BrokerProcess start(Path home) {
        try {
            deleteRecursively(home);
            Files.createDirectories(home);
            List<Integer> ports = JourneyPlatform.freePorts(3);
            TcpProxy proxy = TcpProxy.start("localhost", ports.get(1));
            BrokerProcess broker = new BrokerProcess(home, ports.get(0), ports.get(1), ports.get(2), proxy);
            broker.writeConfig();
            broker.format();
            broker.launch();
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the broker under " + home, e);
        }
    }

    /** For the test's own producers and consumers. */
    String directBootstrap() {
        return "localhost:" + directPort;
    }

    /** For the services: through the proxy. */
    String servicesBootstrap() {
        return "localhost:" + servicesProxy.port();
    }

    TcpProxy servicesProxy() {
        return servicesProxy;
    }

    Process process() {
        return process;
    }

    /** SIGKILL: no controlled shutdown, unflushed segments recovered at the next start. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(HarnessProcesses.KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the broker again on the same data and ports and waits until it answers. */
    void restart() {
        launch();
        awaitReady();
    }

    private void writeConfig() throws IOException {
        Files.writeString(home.resolve("server.properties"), """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%3$d
                listeners=DIRECT://localhost:%1$d,SERVICES://localhost:%2$d,CONTROLLER://localhost:%3$d
                advertised.listeners=DIRECT://localhost:%1$d,SERVICES://localhost:%4$d
                listener.security.protocol.map=DIRECT:PLAINTEXT,SERVICES:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=DIRECT
                log.dirs=%5$s
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.partitions=3
                auto.create.topics.enable=true
                """.formatted(directPort, servicesPort, controllerPort, servicesProxy.port(), home.resolve("data")));
    }

    private void format() throws IOException {
        Process format = HarnessProcesses.start(java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", home.resolve("server.properties").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())));
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the broker's storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the broker's storage", e);
        }
    }

    private void launch() {
        try {
            process = HarnessProcesses.start(java("kafka.Kafka", home.resolve("server.properties").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the broker", e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HarnessProcesses.markerArguments(JourneyPlatform.repositoryRoot()));
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, directBootstrap());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The broker exited with code " + process.exitValue() + "; see " + log);
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not listening yet, or still electing itself controller
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The broker did not answer within " + READY_TIMEOUT.toSeconds()
                            + " s; see " + log);
                }
                sleep(300);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
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
