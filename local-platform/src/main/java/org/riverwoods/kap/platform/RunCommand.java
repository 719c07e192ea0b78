package org.riverwoods.kap.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@code run [--reset]}: starts everything, prints how to use it, and stays until stopped. */
final class RunCommand {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    private final PlatformHome home;

    RunCommand(PlatformHome home) {
        this.home = home;
    }

    int run(List<String> options) {
        RunningPlatform platform = start(parse(options));
        if (platform == null) {
            return 1;
        }
        awaitSignal();
        return 0;
    }

    /**
     * Starts everything and prints how to use it; null when start-up failed (already reported and
     * cleaned up). The benchmark starts the platform this way too.
     */
    RunningPlatform start(boolean reset) {
        Logging.startNow();
        LauncherPid pidFile = new LauncherPid(home.launcherPidFile());
        if (!LauncherLock.tryAcquire(home)) {
            String pid = pidFile.running().map(launcher -> " (launcher pid " + launcher.pid() + ")").orElse("");
            throw new LaunchException("The local platform is already running" + pid
                    + ". Stop it with ./platform stop, or Ctrl+C in its terminal.");
        }
        System.out.println("Local platform for " + home.repo());
        Leftovers.stopAll(home);
        List<ServiceSpec> built = builtServices();
        requireFreePorts(built);
        if (reset) {
            deleteData();
        }
        createDirectory(home.logsDir());
        pidFile.writeCurrent();
        RunningPlatform platform = new RunningPlatform(home, pidFile);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "local-platform-stop"));

        long started = System.nanoTime();
        try {
            startAll(platform, built);
        } catch (RuntimeException e) {
            if (!platform.isStopping()) { // else a Ctrl+C cut the start short: not an error
                System.err.println("ERROR: " + e.getMessage());
                platform.stop();
            }
            return null;
        }
        platform.markReady(System.nanoTime() - started);
        ReadyBanner.print(home, platform.services(), System.nanoTime() - started);
        return platform;
    }

    private static boolean parse(List<String> options) {
        boolean reset = false;
        for (String option : options) {
            switch (option) {
                case "--reset" -> reset = true;
                case "--rebuild" -> { } // handled by the platform script before the launcher starts
                default -> throw new LaunchException("Unknown option for run: " + option + " (known: --reset)");
            }
        }
        return reset;
    }

    /** Services whose jar is built; the others are only mentioned. */
    private List<ServiceSpec> builtServices() {
        List<ServiceSpec> built = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.STARTED) {
            Path jar = home.serviceJar(service);
            if (Files.isRegularFile(jar)) {
                built.add(service);
            } else {
                System.out.printf("  %-22s skipped: not built (no %s)%n", service.name(), home.shown(jar));
            }
        }
        return built;
    }

    private static void requireFreePorts(List<ServiceSpec> services) {
        Probes.requireFree(Database.PORT, "PostgreSQL");
        Probes.requireFree(BrokerConfig.BROKER_PORT, "Kafka");
        Probes.requireFree(BrokerConfig.CONTROLLER_PORT, "Kafka controller");
        services.forEach(service -> Probes.requireFree(service.port(), service.name()));
    }

    /** Everything in .platform/ but the lock this launcher holds. */
    private void deleteData() {
        Path data = home.dataDir();
        Path lock = data.resolve(LauncherLock.FILE_NAME);
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(lock) && !path.equals(data)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the contents of " + data, e);
        }
        System.out.println("  --reset: deleted everything in " + data + " (databases, Kafka topics, logs)");
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    /**
     * The broker JVM boots while PostgreSQL starts in this JVM; the services start together and
     * are then awaited one by one.
     */
    private void startAll(RunningPlatform platform, List<ServiceSpec> services) {
        boolean newKafka = new BrokerConfig(home).needsFormat();
        long kafkaLaunched = System.nanoTime();
        KafkaBroker broker = attempt(platform, null, home.logFile("kafka"), platform::startBroker);
        if (newKafka) {
            System.out.printf("  %-22s formatted new storage in %s%n", "Kafka", home.shown(home.kafkaDir()));
        }

        boolean newDatabase = Database.isNew(home);
        Progress postgresProgress = begin(platform, "PostgreSQL", System.nanoTime());
        Database database = attempt(platform, postgresProgress, home.logFile("postgres"), platform::startDatabase);
        postgresProgress.done("ready", (newDatabase ? "new cluster in " : "reusing data in ")
                + home.shown(home.postgresDir()) + ", port " + Database.PORT);

        Progress databaseProgress = begin(platform, "databases", System.nanoTime());
        List<String> created = attempt(platform, databaseProgress, home.logFile("postgres"), () -> ServiceSpec.ALL
                .stream().filter(database::ensureDatabase).map(ServiceSpec::database).toList());
        databaseProgress.done("ready", created.isEmpty() ? "all existed" : "created " + String.join(", ", created));

        // the services start while the broker is still starting: their Kafka clients connect when it
        // answers, and a service is ready only once its consumers have joined, so nothing is lost
        List<RunningService> running = new ArrayList<>();
        List<Long> launchedAt = new ArrayList<>();
        for (ServiceSpec service : services) {
            launchedAt.add(System.nanoTime());
            running.add(attempt(platform, null, home.logFile(service.name()), () -> platform.startService(service)));
        }

        Progress kafkaProgress = begin(platform, "Kafka", kafkaLaunched);
        attempt(platform, kafkaProgress, broker.process().log(), () -> {
            broker.awaitReady(KAFKA_TIMEOUT, kafkaProgress);
            return broker;
        });
        kafkaProgress.done("ready", BrokerConfig.BOOTSTRAP_SERVERS + ", pid " + broker.process().pid());
        for (int i = 0; i < running.size(); i++) {
            RunningService service = running.get(i);
            Progress progress = begin(platform, service.spec().name(), launchedAt.get(i));
            attempt(platform, progress, service.process().log(), () -> {
                service.awaitReady(SERVICE_TIMEOUT, progress);
                return service;
            });
            progress.done("ready", service.spec().baseUrl() + ", pid " + service.process().pid());
        }
    }

    private static Progress begin(RunningPlatform platform, String step, long startedNanos) {
        requireNotStopping(platform);
        return Progress.begin(step, startedNanos);
    }

    /**
     * Runs one start-up step. If it fails, shows the end of the component's log, unless Ctrl+C
     * caused the failure by stopping the component; then, as after any step, start-up quietly ends.
     */
    private static <T> T attempt(RunningPlatform platform, Progress progress, Path log, Supplier<T> step) {
        T result;
        try {
            result = step.get();
        } catch (RuntimeException e) {
            if (!platform.isStopping()) {
                if (progress != null) {
                    progress.failed();
                }
                LogTail.print(log, 30);
            }
            throw e;
        }
        requireNotStopping(platform);
        return result;
    }

    private static void requireNotStopping(RunningPlatform platform) {
        if (platform.isStopping()) {
            throw new LaunchException("start-up interrupted");
        }
    }

    /** Keeps the launcher alive; Ctrl+C or SIGTERM runs the shutdown hook, which stops everything. */
    private static void awaitSignal() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException ignored) {
                // only a signal ends the launcher
            }
        }
    }
}
