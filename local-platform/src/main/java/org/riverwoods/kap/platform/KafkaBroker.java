package org.riverwoods.kap.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A single-node KRaft broker in its own JVM, its data in {@code .platform/kafka/data}. */
final class KafkaBroker {

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", // plenty for local traffic; without it the JVM may take a quarter of the machine's memory
            "-XX:+UseSerialGC", // no collector threads competing with the services for two cores; smallest footprint
            "-XX:TieredStopAtLevel=1", // C2 compiling during start-up would take the cores the services start on
            "-Djava.awt.headless=true",
            "-Dslf4j.provider=" + Logging.SLF4J_PROVIDER,
            "-Dslf4j.internal.verbosity=WARN",
            "-Dlog4j2.configurationFile=" + Logging.BROKER_CONFIG);

    private final ChildProcess process;

    private KafkaBroker(ChildProcess process) {
        this.process = process;
    }

    /** Formats the storage on the first run, then starts the broker; does not wait for it. */
    static KafkaBroker start(PlatformHome home) {
        BrokerConfig config = new BrokerConfig(home);
        config.write();
        Path log = home.logFile("kafka");
        boolean formatted = config.needsFormat();
        if (formatted) {
            format(home, config, log);
        }
        // after a format, the broker's output goes below the format tool's in the same log
        return new KafkaBroker(ChildProcess.startJava("kafka", home,
                javaArgs("kafka.Kafka", config.serverProperties().toString()), Map.of(), log, formatted));
    }

    private static void format(PlatformHome home, BrokerConfig config, Path log) {
        ChildProcess storageTool = ChildProcess.startJava("kafka-storage-format", home,
                javaArgs("kafka.tools.StorageTool", "format", "-t", config.clusterId(),
                        "-c", config.serverProperties().toString()),
                Map.of(), log, false);
        OptionalInt exit = storageTool.awaitExit(Duration.ofSeconds(60));
        if (exit.isEmpty()) {
            storageTool.stop(Duration.ofSeconds(5));
        }
        if (exit.orElse(-1) != 0) {
            throw new LaunchException("Formatting the Kafka storage failed; see " + log);
        }
    }

    private static List<String> javaArgs(String mainClass, String... args) {
        List<String> command = new ArrayList<>(JVM_OPTIONS);
        command.addAll(List.of("-cp", ChildProcess.launcherClassPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Waits until the broker answers a metadata request; fails if it exits or takes too long. */
    void awaitReady(Duration timeout, Progress progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminConfig())) {
            while (true) {
                if (!process.isAlive()) {
                    throw failure("the broker exited with code " + process.exitValue());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not listening yet, or still electing itself controller
                }
                if (System.nanoTime() > deadline) {
                    throw failure("no answer on " + BrokerConfig.BOOTSTRAP_SERVERS + " after "
                            + timeout.toSeconds() + " s");
                }
                progress.tick();
                sleep(300);
            }
        }
    }

    private LaunchException failure(String why) {
        return new LaunchException("Kafka did not start: " + why + "; see " + process.log());
    }

    private static Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BrokerConfig.BOOTSTRAP_SERVERS);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return config;
    }

    ChildProcess process() {
        return process;
    }

    String stop(Duration grace) {
        return process.stop(grace);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
