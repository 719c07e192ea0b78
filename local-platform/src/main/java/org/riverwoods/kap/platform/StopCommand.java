package org.riverwoods.kap.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@code stop}: asks the running launcher to shut down (as Ctrl+C would) and waits for it. */
final class StopCommand {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final PlatformHome home;

    StopCommand(PlatformHome home) {
        this.home = home;
    }

    int run() {
        LauncherPid pidFile = new LauncherPid(home.launcherPidFile());
        Optional<ProcessHandle> launcher = pidFile.running();
        if (launcher.isEmpty()) {
            pidFile.removeIfStale();
            int leftovers = Leftovers.stopAll(home);
            System.out.println(leftovers == 0 ? "The local platform is not running."
                    : "No launcher was running; stopped " + leftovers + " leftover process(es).");
            return 0;
        }
        ProcessHandle process = launcher.get();
        Progress progress = Progress.begin("Stopping (pid " + process.pid() + ")");
        process.destroy();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                process.onExit().get(250, TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                progress.tick();
            }
        }
        if (process.isAlive()) {
            progress.failed();
            System.err.println("ERROR: the launcher is still running after " + TIMEOUT.toSeconds()
                    + " s; see the logs in " + home.logsDir() + ". Kill it with: kill -9 " + process.pid()
                    + " && ./platform stop");
            return 1;
        }
        progress.done("stopped", "services, Kafka and PostgreSQL");
        return 0;
    }
}
