package org.riverwoods.kap.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The faults the fault tier injects into the running platform; each returns once the fault is over. */
final class FaultInjection {

    static final List<String> SERVICES = List.of("intake-service", "treatment-service", "infusion-service",
            "outcomes-service");

    private FaultInjection() {
    }

    /** {@code kill -9} of each service in turn, each started again after {@code down}. */
    static void killEachServiceInTurn(Duration down) {
        for (String service : SERVICES) {
            JourneyPlatform.kill(service);
            System.out.println("  [faults] " + service + " killed (SIGKILL)");
            pause(down);
            long restarting = System.nanoTime();
            JourneyPlatform.restart(service);
            System.out.printf("  [faults] %s ready again %.1f s after its restart%n", service,
                    (System.nanoTime() - restarting) / 1e9);
        }
    }

    /** The broker killed (SIGKILL) and started again on the same data after {@code down}. */
    static void brokerKilledAndRestarted(Duration down) {
        BrokerProcess broker = JourneyPlatform.brokerProcess();
        broker.kill();
        System.out.println("  [faults] broker killed (SIGKILL)");
        pause(down);
        long restarting = System.nanoTime();
        broker.restart();
        System.out.printf("  [faults] broker answering again %.1f s after its restart%n", (System.nanoTime() - restarting) / 1e9);
    }

    /** Every service's database connections refused and the open ones reset: PostgreSQL gone, for {@code down}. */
    static void databaseStopped(Duration down) {
        SERVICES.forEach(service -> JourneyPlatform.databaseOf(service).refuse());
        System.out.println("  [faults] PostgreSQL unreachable for every service");
        try {
            pause(down);
        } finally {
            SERVICES.forEach(service -> JourneyPlatform.databaseOf(service).resume());
        }
    }

    /**
     * PostgreSQL frozen for {@code down}: the postmaster and every backend stopped (SIGSTOP), so that
     * connections stay open and queries hang, as on a stalled disk or a paused VM; then SIGCONT.
     */
    static void databaseFrozen(Duration down) {
        List<ProcessHandle> postgres = postgresProcesses();
        try {
            signal("STOP", postgres);
            System.out.println("  [faults] PostgreSQL frozen (" + postgres.size() + " processes stopped)");
            pause(down);
        } finally {
            signal("CONT", postgres);
        }
    }

    /** Every chunk between the services and the broker held {@code delayMillis}, for {@code duration}. */
    static void slowBroker(Duration duration, long delayMillis) {
        BrokerProcess broker = JourneyPlatform.brokerProcess();
        broker.servicesProxy().delay(delayMillis);
        System.out.println("  [faults] the services' broker connections slowed by " + delayMillis + " ms each way");
        try {
            pause(duration);
        } finally {
            broker.servicesProxy().delay(0);
        }
    }

    /** The postmaster (from postmaster.pid in the data directory the server reports) and its children. */
    private static List<ProcessHandle> postgresProcesses() {
        try (Connection connection = FaultReconciliation.connect("intake"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
            ProcessHandle handle = ProcessHandle.of(postmaster)
                    .orElseThrow(() -> new IllegalStateException("No postmaster " + postmaster));
            List<ProcessHandle> all = new ArrayList<>();
            all.add(handle);
            handle.children().forEach(all::add);
            return all;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not find the PostgreSQL processes", e);
        }
    }

    /** Signals each process that still runs: a backend may end between the listing and the signal. */
    private static void signal(String signal, List<ProcessHandle> processes) {
        // the shell's own kill: no procps needed on the machine
        List<String> command = new ArrayList<>(List.of("sh", "-c", "kill -" + signal + " \"$@\"", "sh"));
        processes.stream().filter(ProcessHandle::isAlive).forEach(p -> command.add(Long.toString(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(kill.getInputStream().readAllBytes());
            if (kill.waitFor() != 0 && processes.get(0).isAlive()) {
                System.out.println("  [faults] kill -" + signal + " said: " + said.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not send SIG" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
