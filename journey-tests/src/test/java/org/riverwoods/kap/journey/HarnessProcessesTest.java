package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.journey.HarnessProcesses.HARNESS_PROPERTY;
import static org.riverwoods.kap.journey.HarnessProcesses.OWNER_PROPERTY;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detection that {@link NoProcessLeftBehindIT} relies on, and the ending of processes with
 * their descendants, on processes this test starts itself: {@code sh -c 'sleep 60 & wait'} with
 * the harness's marker arguments (the shell keeps them on its command line; its {@code sleep} is
 * the descendant). The marker names a temporary folder as the repository, so no real journey
 * process can be touched. The shutdown hook is tried on a small JVM of its own that exits, or is
 * sent SIGTERM, while a process it started through the harness still runs.
 */
class HarnessProcessesTest {

    @TempDir
    Path repository;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endEverythingStarted() {
        List<ProcessHandle> handles = new ArrayList<>();
        started.forEach(p -> {
            p.toHandle().descendants().forEach(handles::add);
            handles.add(p.toHandle());
        });
        // and whatever carries this test's marker, should a test fail before its process was ended
        HarnessProcesses.harnessProcesses(repository).forEach(p -> {
            p.handle().descendants().forEach(handles::add);
            handles.add(p.handle());
        });
        handles.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aMarkedProcessWhoseTestJvmIsGoneIsALeftoverAndEndsWithItsDescendants() throws Exception {
        Process shell = startShell("sleep 60 & wait", marker(repository, goneOwner()));
        ProcessHandle sleep = awaitChild(shell);

        List<HarnessProcesses.HarnessProcess> left = HarnessProcesses.leftovers(repository);
        assertEquals(List.of(shell.pid()), left.stream().map(p -> p.handle().pid()).toList(),
                "the marked shell is found as left behind: " + left);
        assertFalse(left.get(0).ownerAlive());
        assertTrue(left.get(0).commandLine().contains("-D" + HARNESS_PROPERTY + "="), left.get(0).commandLine());

        List<ProcessHandle> alive = HarnessProcesses.end(List.of(left.get(0).handle()), Duration.ofSeconds(5));
        assertEquals(List.of(), alive);
        assertFalse(shell.toHandle().isAlive(), "the process is ended");
        assertFalse(sleep.isAlive(), "and its descendant too");
        assertEquals(List.of(), HarnessProcesses.leftovers(repository), "nothing is found any more");
    }

    @Test
    void aMarkedProcessOfALiveTestJvmIsTheHarnesssButNotALeftover() throws Exception {
        Process shell = startShell("sleep 60 & wait", HarnessProcesses.markerArguments(repository));
        awaitChild(shell);

        List<HarnessProcesses.HarnessProcess> mine = HarnessProcesses.harnessProcesses(repository);
        assertEquals(List.of(shell.pid()), mine.stream().map(p -> p.handle().pid()).toList());
        assertTrue(mine.get(0).ownerAlive(), "this JVM started it and runs");
        assertEquals(List.of(), HarnessProcesses.leftovers(repository));
    }

    @Test
    void aReusedPidIsNotTheOwner() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        long wrongStart = self.info().startInstant().orElseThrow().toEpochMilli() - 60_000;
        Process shell = startShell("sleep 60 & wait", marker(repository, self.pid() + "@" + wrongStart));
        awaitChild(shell);
        assertEquals(List.of(shell.pid()), HarnessProcesses.leftovers(repository).stream().map(p -> p.handle().pid()).toList(),
                "a live pid that started at another time is not the JVM that started the process");
    }

    @Test
    void onlyTheProcessesOfThisCheckoutAreCounted(@TempDir Path otherCheckout) throws Exception {
        Process shell = startShell("sleep 60 & wait", marker(otherCheckout, goneOwner()));
        awaitChild(shell);
        assertEquals(List.of(), HarnessProcesses.leftovers(repository));
        assertEquals(List.of(shell.pid()), HarnessProcesses.leftovers(otherCheckout).stream().map(p -> p.handle().pid()).toList());
    }

    @Test
    void unmarkedOrHalfMarkedProcessesAreNotTheHarnesss() {
        ProcessHandle any = ProcessHandle.current();
        assertEquals(Optional.empty(), HarnessProcesses.parseMarker(any, List.of("-jar", "quarkus-run.jar"), ""));
        assertEquals(Optional.empty(), HarnessProcesses.parseMarker(any, List.of("-D" + HARNESS_PROPERTY + "=/x"), ""));
        assertEquals(Optional.empty(), HarnessProcesses.parseMarker(any,
                List.of("-D" + HARNESS_PROPERTY + "=/x", "-D" + OWNER_PROPERTY + "=not-a-pid"), ""));
        HarnessProcesses.HarnessProcess marked = HarnessProcesses.parseMarker(any,
                List.of("-D" + HARNESS_PROPERTY + "=/x/y", "-D" + OWNER_PROPERTY + "=12@34", "-jar", "quarkus-run.jar"), "java ...")
                .orElseThrow();
        assertEquals(Path.of("/x/y"), marked.repository());
        assertEquals(12, marked.ownerPid());
        assertEquals(34, marked.ownerStartMillis());
    }

    @Test
    void aRegisteredProcessThatIgnoresSigtermIsKilledAfterTheGracePeriodAndForgotten() throws Exception {
        // an ignored signal stays ignored across exec: neither the shell nor its sleep stops on SIGTERM
        List<String> command = new ArrayList<>(List.of("sh", "-c", "trap '' TERM; sleep 60 & wait"));
        command.addAll(HarnessProcesses.markerArguments(repository));
        Process stubborn = HarnessProcesses.start(new ProcessBuilder(command));
        started.add(stubborn);
        ProcessHandle sleep = awaitChild(stubborn);
        assertTrue(HarnessProcesses.running().contains(stubborn));

        long before = System.nanoTime();
        List<ProcessHandle> alive = HarnessProcesses.stop(List.of(stubborn), Duration.ofSeconds(1));
        double seconds = (System.nanoTime() - before) / 1e9;

        assertEquals(List.of(), alive);
        assertFalse(stubborn.isAlive());
        assertFalse(sleep.isAlive());
        assertTrue(seconds >= 0.9 && seconds < 1 + HarnessProcesses.KILL_WAIT.toSeconds(), "SIGKILL after the grace: " + seconds + " s");
        assertFalse(HarnessProcesses.running().contains(stubborn), "a stopped process is no longer registered");
        assertEquals(List.of(), HarnessProcesses.harnessProcesses(repository));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "SIGTERM", "System.exit" })
    void whenTheTestJvmExitsItsShutdownHookEndsWhatTheHarnessStillRuns(String how) throws Exception {
        Path classes = Path.of(HarnessProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "-cp", classes.toString(), ExitingJvm.class.getName(), repository.toString(),
                how.equals("SIGTERM") ? "wait" : "exit").redirectErrorStream(true).start();
        started.add(jvm);
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("started "), "the JVM under test says what it started: " + line);
        ProcessHandle shell = ProcessHandle.of(Long.parseLong(line.substring("started ".length()))).orElseThrow();
        ProcessHandle sleep = await("the sleep of " + shell.pid(), () -> shell.children()
                .filter(c -> c.info().command().map(command -> command.endsWith("/sleep")).orElse(false)).findFirst().orElse(null));
        assertEquals(List.of(shell.pid()), HarnessProcesses.harnessProcesses(repository).stream().map(p -> p.handle().pid()).toList());

        if (how.equals("SIGTERM")) {
            jvm.destroy(); // as Ctrl+C, or Surefire ending a fork that ran out of time
        }
        assertTrue(jvm.waitFor(HarnessProcesses.HOOK_GRACE.toSeconds() + 10, TimeUnit.SECONDS), "the JVM under test exits");
        String rest;
        try {
            rest = out.lines().collect(Collectors.joining("\n"));
        } catch (UncheckedIOException closedOnExit) {
            rest = "(its output was closed on exit)";
        }
        assertFalse(shell.isAlive(), "the harness's process is ended by the hook; the JVM said: " + rest);
        assertFalse(sleep.isAlive(), "and its descendant too");
        assertEquals(List.of(), HarnessProcesses.harnessProcesses(repository));
    }

    /** A test JVM in miniature: starts a marked process through the harness, then exits or waits to be ended. */
    public static final class ExitingJvm {

        public static void main(String[] args) throws Exception {
            List<String> command = new ArrayList<>(List.of("sh", "-c", "sleep 60 & wait"));
            command.addAll(HarnessProcesses.markerArguments(Path.of(args[0])));
            Process process = HarnessProcesses.start(new ProcessBuilder(command));
            System.out.println("started " + process.pid());
            System.out.flush();
            if (args[1].equals("exit")) {
                while (process.toHandle().children().findAny().isEmpty()) {
                    Thread.sleep(20);
                }
                Thread.sleep(200);
                System.exit(3);
            }
            Thread.sleep(60_000);
        }
    }

    private Process startShell(String script, List<String> marker) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script));
        command.addAll(marker); // $0 and $1 of the script: unused, but on the shell's command line
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private static List<String> marker(Path repository, String owner) {
        return List.of("-D" + HARNESS_PROPERTY + "=" + repository, "-D" + OWNER_PROPERTY + "=" + owner);
    }

    /** The pid and start time of a process that has exited. */
    private String goneOwner() throws Exception {
        Process gone = new ProcessBuilder("sleep", "30").start();
        long start = gone.toHandle().info().startInstant().orElseThrow().toEpochMilli();
        gone.destroyForcibly().waitFor();
        return gone.pid() + "@" + start;
    }

    /** The shell's {@code sleep}, once it runs: until its exec the forked child still carries the shell's command line. */
    private static ProcessHandle awaitChild(Process parent) {
        return await("the sleep of " + parent.pid(), () -> parent.toHandle().children()
                .filter(c -> c.info().command().map(command -> command.endsWith("/sleep")).orElse(false))
                .findFirst().orElse(null));
    }

    private static <T> T await(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not seen within 5 s: " + what);
    }
}
