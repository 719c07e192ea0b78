package org.riverwoods.kap.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A JVM started by the launcher, its output in a log file. */
final class ChildProcess {

    /**
     * Ctrl+C in a terminal signals the launcher and its children alike; children that ignore it
     * (a JVM leaves an ignored SIGINT ignored) are stopped by the launcher's hook instead, in order:
     * the services before the broker they use. SIGTERM still stops them.
     */
    private static final List<String> IGNORE_CTRL_C = System.getProperty("os.name").startsWith("Windows")
            ? List.of()
            : List.of("/bin/sh", "-c", "trap '' INT; exec \"$@\"", "sh");

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java <javaArgs>} from the repository root, its output and errors into {@code log}. */
    static ChildProcess startJava(String name, PlatformHome home, List<String> javaArgs, Map<String, String> env,
            Path log, boolean appendToLog) {
        List<String> command = new ArrayList<>(IGNORE_CTRL_C);
        command.add(javaExecutable());
        command.add(Leftovers.marker(home));
        command.addAll(javaArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.repo().toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new LaunchException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The JVM running the launcher: children use the same Java version. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's own class path, absolute, for child JVMs that need the same libraries. */
    static String launcherClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code, or empty on timeout. */
    OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    /** Asks the process to stop (SIGTERM), without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Asks the process to stop; kills it if it has not stopped after {@code grace}. Describes what happened. */
    String stop(Duration grace) {
        if (!process.isAlive()) {
            return "had already exited (code " + process.exitValue() + ")";
        }
        return stop(process.toHandle(), grace);
    }

    static String stop(ProcessHandle process, Duration grace) {
        long started = System.nanoTime();
        process.destroy();
        if (awaitExit(process, grace)) {
            return "stopped in " + Progress.seconds(System.nanoTime() - started);
        }
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(5));
        return "killed: still running " + grace.toSeconds() + " s after the stop request";
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
