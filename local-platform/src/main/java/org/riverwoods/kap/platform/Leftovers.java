package org.riverwoods.kap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stops processes that a launcher killed without a chance to clean up (kill -9, a crash)
 * left running: they would hold the ports and the data directories of the next run.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Added to every child JVM's command line so that it can be recognised later. */
    static String marker(PlatformHome home) {
        return "-Dkap.platform.data=" + home.dataDir();
    }

    /** Stops every leftover process of this repository's platform; returns how many there were. */
    static int stopAll(PlatformHome home) {
        List<ProcessHandle> jvms = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> hasArgument(process, marker(home)))
                .toList();
        // the services first: PostgreSQL stops only when its clients have gone
        jvms.forEach(process -> stop(process, Duration.ofSeconds(15)));
        Optional<ProcessHandle> postmaster = postmaster(home);
        postmaster.ifPresent(process -> stop(process, Duration.ofSeconds(30)));
        return jvms.size() + (postmaster.isPresent() ? 1 : 0);
    }

    private static boolean hasArgument(ProcessHandle process, String argument) {
        return process.info().arguments().map(args -> Arrays.asList(args).contains(argument)).orElse(false);
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

    private static void stop(ProcessHandle process, Duration grace) {
        String command = process.info().commandLine().orElse("?");
        System.out.println("  stopping a leftover process of an earlier run: pid " + process.pid() + " "
                + abbreviate(command));
        ChildProcess.stop(process, grace);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
