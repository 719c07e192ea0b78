package org.riverwoods.kap.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Everything the launcher has started, and the one way to stop it: services first, then the
 * broker, then PostgreSQL, so that nothing loses its dependencies while still shutting down.
 *
 * <p>Starting and stopping share a lock: a Ctrl+C during start-up waits for the step in progress,
 * so that a process being started is never missed by the shutdown, and no step starts after it.
 */
final class RunningPlatform {

    static final Duration GRACE = Duration.ofSeconds(15);

    private final PlatformHome home;
    private final LauncherPid pidFile;
    private final List<RunningService> services = new ArrayList<>();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private Database database;
    private KafkaBroker broker;
    private volatile boolean ready;
    private volatile long startNanos;

    RunningPlatform(PlatformHome home, LauncherPid pidFile) {
        this.home = home;
        this.pidFile = pidFile;
    }

    synchronized Database startDatabase() {
        requireNotStopping();
        database = Database.start(home);
        return database;
    }

    synchronized KafkaBroker startBroker() {
        requireNotStopping();
        broker = KafkaBroker.start(home);
        warnOnUnexpectedExit(broker.process());
        return broker;
    }

    synchronized RunningService startService(ServiceSpec spec) {
        requireNotStopping();
        RunningService service = RunningService.start(spec, home);
        services.add(service);
        warnOnUnexpectedExit(service.process());
        return service;
    }

    /** From now on a child that exits is news: during start-up the failing step reports it. */
    void markReady(long startNanos) {
        ready = true;
        this.startNanos = startNanos;
    }

    /** How long the platform took from the command to every service ready. */
    long startNanos() {
        return startNanos;
    }

    synchronized KafkaBroker broker() {
        return broker;
    }

    synchronized List<RunningService> services() {
        return List.copyOf(services);
    }

    boolean isStopping() {
        return stopRequested.get();
    }

    /** Stops everything started so far. Safe to call more than once, and from a shutdown hook. */
    void stop() {
        if (stopRequested.getAndSet(true)) {
            return;
        }
        Progress.silence();
        synchronized (this) {
            System.out.println();
            System.out.println("Stopping the local platform ...");
            // services shut down in parallel; each is then awaited in turn
            services.forEach(service -> service.process().requestStop());
            for (RunningService service : services) {
                report(service.spec().name(), () -> service.process().stop(service.stopGrace()));
            }
            if (broker != null) {
                report("Kafka", () -> broker.stop(GRACE));
            }
            if (database != null) {
                report("PostgreSQL", database::stop);
            }
            pidFile.removeIfCurrent();
            System.out.println("Local platform stopped; data kept in " + home.dataDir());
        }
    }

    private void requireNotStopping() {
        if (isStopping()) {
            throw new LaunchException("start-up interrupted: the platform is stopping");
        }
    }

    private void warnOnUnexpectedExit(ChildProcess child) {
        child.onExit(() -> {
            if (ready && !isStopping()) {
                System.out.println("WARNING: " + child.name() + " exited unexpectedly (code " + child.exitValue()
                        + "); see " + child.log() + ". Ctrl+C and run again to restart it.");
            }
        });
    }

    private static void report(String component, Supplier<String> stop) {
        String outcome;
        try {
            outcome = stop.get();
        } catch (RuntimeException e) {
            outcome = "stop failed: " + e;
        }
        System.out.printf("  %-22s %s%n", component, outcome);
    }
}
