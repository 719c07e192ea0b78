package org.riverwoods.kap.journey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every process the journey harness starts, so that none outlives the tests.
 *
 * <ul>
 * <li>Each process is started through {@link #start} and carries two marker arguments right after
 * the {@code java} executable: {@code -Dkap.journey.harness=<repository root>} and
 * {@code -Dkap.journey.owner=<pid>@<start, epoch ms>} of the test JVM that started it. Any process
 * on the machine can therefore be recognised as the harness's, and as orphaned once its owner is
 * gone ({@link #leftovers}).</li>
 * <li>{@link #end} stops processes together with their descendants (taken before anything is
 * signalled, since an orphan is re-parented): SIGTERM to all at once, a grace period, then
 * SIGKILL to whatever is still alive.</li>
 * <li>One shutdown hook ends whatever is still registered when the test JVM exits without the
 * harness having stopped it (a failed run, Ctrl+C, a SIGTERM from a timeout). Its grace period is
 * kept well inside the 30 s after which Surefire halts a forked JVM that is still exiting (a halt
 * stops the remaining shutdown hooks: that is how a service used to be left running). Only a
 * SIGKILL of the test JVM itself escapes it; {@link NoProcessLeftBehindIT} finds such orphans
 * afterwards and fails the build.</li>
 * </ul>
 */
final class HarnessProcesses {

    static final String HARNESS_PROPERTY = "kap.journey.harness";
    static final String OWNER_PROPERTY = "kap.journey.owner";
    /**
     * The graceful stop of the services when the journeys are over: a service's shutdown takes 6-19 s
     * here (its consumers leave their group one by one, each leave a rebalance for the others).
     */
    static final Duration GRACE = Duration.ofSeconds(30);
    /** The graceful stop in the shutdown hook: the hook, SIGKILL included, must end well within Surefire's 30 s. */
    static final Duration HOOK_GRACE = Duration.ofSeconds(10);
    /** How long to wait for a process after SIGKILL. */
    static final Duration KILL_WAIT = Duration.ofSeconds(5);
    /** Start times of one process read by two JVMs may differ by the clock-tick rounding. */
    private static final long START_TOLERANCE_MILLIS = 1_000;

    private static final Set<Process> RUNNING = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean exiting;

    private HarnessProcesses() {
    }

    /** A process carrying the harness's marker: which checkout's harness started it, and which JVM. */
    record HarnessProcess(ProcessHandle handle, Path repository, long ownerPid, long ownerStartMillis, String commandLine) {

        /** The JVM that started it still runs (same pid and the same start time, so not a reused pid). */
        boolean ownerAlive() {
            return ProcessHandle.of(ownerPid).filter(ProcessHandle::isAlive)
                    .flatMap(owner -> owner.info().startInstant())
                    .map(start -> Math.abs(start.toEpochMilli() - ownerStartMillis) <= START_TOLERANCE_MILLIS)
                    .orElse(false);
        }

        @Override
        public String toString() {
            return "pid " + handle.pid() + " (started by JVM " + ownerPid + ", " + (ownerAlive() ? "running" : "gone") + "): "
                    + commandLine;
        }
    }

    /** The arguments that mark a process as this JVM's, for {@code repository}: put them right after {@code java}. */
    static List<String> markerArguments(Path repository) {
        return List.of("-D" + HARNESS_PROPERTY + "=" + repository.toAbsolutePath().normalize(),
                "-D" + OWNER_PROPERTY + "=" + ownerId(ProcessHandle.current()));
    }

    private static String ownerId(ProcessHandle owner) {
        return owner.pid() + "@" + owner.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Starts and registers a process; the shutdown hook ends it if nothing else does. */
    static Process start(ProcessBuilder builder) throws IOException {
        synchronized (RUNNING) {
            if (exiting) {
                throw new IllegalStateException("The test JVM is exiting: no process is started any more");
            }
            installShutdownHook();
            Process process = builder.start();
            RUNNING.add(process);
            return process;
        }
    }

    /**
     * Ends {@code processes} and their descendants (SIGTERM, {@code grace}, then SIGKILL) and
     * forgets them; returns what is still alive after all that (normally nothing).
     */
    static List<ProcessHandle> stop(Collection<Process> processes, Duration grace) {
        List<ProcessHandle> handles = processes.stream().map(Process::toHandle).toList();
        try {
            return end(handles, grace);
        } finally {
            synchronized (RUNNING) {
                RUNNING.removeAll(processes);
            }
        }
    }

    /** Every registered process that has not been stopped yet. */
    static List<Process> running() {
        synchronized (RUNNING) {
            return List.copyOf(RUNNING);
        }
    }

    /**
     * Ends {@code roots} and all their descendants: SIGTERM to every one at once, up to
     * {@code grace} for them to exit, then SIGKILL to the rest (descendants looked up again, in
     * case one was started meanwhile) and up to {@link #KILL_WAIT}. Returns those still alive.
     */
    static List<ProcessHandle> end(Collection<ProcessHandle> roots, Duration grace) {
        List<ProcessHandle> all = withDescendants(roots);
        all.forEach(ProcessHandle::destroy);
        awaitExit(all, grace);
        List<ProcessHandle> stubborn = new ArrayList<>(withDescendants(roots.stream().filter(ProcessHandle::isAlive).toList()));
        all.stream().filter(ProcessHandle::isAlive).filter(h -> !stubborn.contains(h)).forEach(stubborn::add);
        if (!stubborn.isEmpty()) {
            System.out.println("[journeys] still running " + grace.toSeconds() + " s after SIGTERM, killing: "
                    + stubborn.stream().map(ProcessHandle::pid).toList());
            stubborn.forEach(ProcessHandle::destroyForcibly);
            awaitExit(stubborn, KILL_WAIT);
        }
        List<ProcessHandle> alive = new ArrayList<>();
        all.stream().filter(ProcessHandle::isAlive).forEach(alive::add);
        stubborn.stream().filter(ProcessHandle::isAlive).filter(h -> !alive.contains(h)).forEach(alive::add);
        return alive;
    }

    /** The descendants of each root (children first found, deepest included), then the root itself. */
    private static List<ProcessHandle> withDescendants(Collection<ProcessHandle> roots) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle root : roots) {
            if (root.pid() == ProcessHandle.current().pid()) {
                throw new IllegalArgumentException("The test JVM does not end itself");
            }
            root.descendants().filter(h -> !all.contains(h)).forEach(all::add);
            if (!all.contains(root)) {
                all.add(root);
            }
        }
        return all;
    }

    private static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
        if (handles.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // the caller looks at what is alive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void installShutdownHook() {
        if (hookInstalled) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(HarnessProcesses::endAllOnExit, "journey-processes-end"));
        hookInstalled = true;
    }

    private static void endAllOnExit() {
        List<Process> left;
        synchronized (RUNNING) {
            exiting = true;
            // a process killed on purpose (the fault tier) may still be registered: only live ones count
            left = RUNNING.stream().filter(Process::isAlive).toList();
        }
        if (left.isEmpty()) {
            return;
        }
        System.out.println("[journeys] the test JVM is exiting with " + left.size() + " service process(es) still running: ending them");
        List<ProcessHandle> alive = stop(left, HOOK_GRACE);
        if (!alive.isEmpty()) {
            System.out.println("[journeys] could not end " + alive.stream().map(ProcessHandle::pid).toList());
        }
    }

    /** Every live process on this machine that the journey harness of {@code repository} started, from any JVM. */
    static List<HarnessProcess> harnessProcesses(Path repository) {
        Path wanted = repository.toAbsolutePath().normalize();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(h -> h.pid() != self)
                .map(HarnessProcesses::harnessProcess)
                .flatMap(Optional::stream)
                .filter(p -> p.repository().equals(wanted))
                .filter(p -> p.handle().isAlive())
                .toList();
    }

    /** The harness's processes of {@code repository} whose test JVM is gone: nothing will end them. */
    static List<HarnessProcess> leftovers(Path repository) {
        return harnessProcesses(repository).stream().filter(p -> !p.ownerAlive()).toList();
    }

    /** The marker of {@code handle}'s command line, if it has one. */
    static Optional<HarnessProcess> harnessProcess(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        List<String> arguments = info.arguments().map(Arrays::asList)
                // the JDK gives no arguments for a command line it read only in part: split what it has
                .orElseGet(() -> info.commandLine().map(line -> Arrays.asList(line.split("\\s+"))).orElse(List.of()));
        String commandLine = info.commandLine().orElseGet(() -> info.command().orElse("?") + " " + String.join(" ", arguments));
        return parseMarker(handle, arguments, commandLine);
    }

    static Optional<HarnessProcess> parseMarker(ProcessHandle handle, List<String> arguments, String commandLine) {
        String repository = null;
        String owner = null;
        for (String argument : arguments) {
            if (argument.startsWith("-D" + HARNESS_PROPERTY + "=")) {
                repository = argument.substring(HARNESS_PROPERTY.length() + 3);
            } else if (argument.startsWith("-D" + OWNER_PROPERTY + "=")) {
                owner = argument.substring(OWNER_PROPERTY.length() + 3);
            }
        }
        if (repository == null || owner == null || !owner.matches("\\d+@\\d+")) {
            return Optional.empty();
        }
        String[] parts = owner.split("@");
        return Optional.of(new HarnessProcess(handle, Path.of(repository).toAbsolutePath().normalize(),
                Long.parseLong(parts[0]), Long.parseLong(parts[1]), commandLine));
    }
}
