package org.riverwoods.kap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stops processes that a launcher killed without a chance to clean up (kill -9, a crash)
 * left running: they would hold the ports and the data directories of the next run.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Added to every child JVM's command line, right after {@code java}, so that it can be recognised later. */
    static String marker(PlatformHome home) {
        return "-Dkap.platform.data=" + home.dataDir();
    }

    /** Stops every leftover process of this repository's platform; returns how many there were. */
    static int stopAll(PlatformHome home) {
        List<ProcessHandle> jvms = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> hasArgument(process, marker(home)))
                .toList();
        // all JVMs at once, then PostgreSQL: it stops only when its clients have gone
        jvms.forEach(Leftovers::announce);
        jvms.forEach(ProcessHandle::destroy);
        jvms.forEach(process -> ChildProcess.stop(process, Duration.ofSeconds(15)));
        Optional<ProcessHandle> postmaster = postmaster(home);
        postmaster.ifPresent(process -> {
            announce(process);
            ChildProcess.stop(process, Duration.ofSeconds(30));
        });
        return jvms.size() + (postmaster.isPresent() ? 1 : 0);
    }

    /**
     * Reads the command line rather than the argument array: the JDK gives no arguments at all for a
     * command line longer than a page (the broker's class path), only its first 4096 characters.
     */
    private static boolean hasArgument(ProcessHandle process, String argument) {
        return process.info().commandLine()
                .map(command -> (" " + command + " ").contains(" " + argument + " "))
                .orElse(false);
    }

    /** PostgreSQL names its own pid in the first line of postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(PlatformHome home) {
        Path pidFile = home.postgresDir().resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void announce(ProcessHandle process) {
        String command = process.info().commandLine().orElse("?");
        System.out.println("  stopping a leftover process of an earlier run: pid " + process.pid() + " "
                + abbreviate(command));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
