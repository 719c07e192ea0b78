package org.riverwoods.kap.platform;

import java.nio.file.Files;
import java.util.Optional;

/** {@code status}: is a launcher running, and does each part answer? */
final class StatusCommand {

    private final PlatformHome home;

    StatusCommand(PlatformHome home) {
        this.home = home;
    }

    /** 0 when a launcher runs and every built service is ready, 3 otherwise (as init scripts do). */
    int run() {
        Optional<ProcessHandle> launcher = new LauncherPid(home.launcherPidFile()).running();
        System.out.println(launcher
                .map(p -> "Local platform running (launcher pid " + p.pid() + "), data in " + home.dataDir())
                .orElse("Local platform not running (no live launcher in " + home.launcherPidFile() + ")"));
        boolean allReady = launcher.isPresent();
        allReady &= line("PostgreSQL", "localhost:" + Database.PORT, Probes.listening(Database.PORT) ? "up" : "down");
        allReady &= line("Kafka", BrokerConfig.BOOTSTRAP_SERVERS,
                Probes.listening(BrokerConfig.BROKER_PORT) ? "up" : "down");
        for (ServiceSpec service : ServiceSpec.STARTED) {
            if (!Files.isRegularFile(home.serviceJar(service))) {
                line(service.name(), service.baseUrl(), "not built");
                continue;
            }
            int status = Probes.httpStatus(service.readyUrl());
            allReady &= line(service.name(), service.baseUrl(),
                    status == 200 ? "ready" : status < 0 ? "down" : "not ready (HTTP " + status + ")");
        }
        return allReady ? 0 : 3;
    }

    private static boolean line(String component, String address, String state) {
        System.out.printf("  %-22s %-26s %s%n", component, address, state);
        return state.equals("up") || state.equals("ready");
    }
}
