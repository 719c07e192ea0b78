package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The journey harness leaves nothing running. Runs in journey-tests' second failsafe execution
 * (pom.xml, {@code after-journeys}), in a JVM started after the one that ran the journeys has
 * exited: by then its services were stopped by {@link AfterJourneys}, or by the shutdown hook of
 * {@link HarnessProcesses}. Any process still carrying the harness's marker for this checkout whose
 * test JVM is gone was left behind: the build fails and names it, and the check ends it (with its
 * descendants) so that the next build starts clean.
 *
 * <p>Processes of a journey run still in progress (another build of the same checkout, whose JVM
 * is alive) are not counted.
 */
class NoProcessLeftBehindIT {

    /** A process ended a moment ago may still be listed while its parent reaps it. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @Test
    void noServiceStartedByTheJourneysIsStillRunning() throws InterruptedException {
        Path repository = JourneyPlatform.repositoryRoot();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<HarnessProcesses.HarnessProcess> left = HarnessProcesses.leftovers(repository);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            left = HarnessProcesses.leftovers(repository);
        }
        List<HarnessProcesses.HarnessProcess> others = HarnessProcesses.harnessProcesses(repository).stream()
                .filter(HarnessProcesses.HarnessProcess::ownerAlive).toList();
        if (!others.isEmpty()) {
            System.out.println("[after journeys] services of a journey run still in progress (not counted): " + others);
        }
        if (left.isEmpty()) {
            System.out.println("[after journeys] no process of the journey harness is left running");
            return;
        }
        List<ProcessHandle> alive = HarnessProcesses.end(left.stream().map(HarnessProcesses.HarnessProcess::handle).toList(),
                HarnessProcesses.HOOK_GRACE);
        fail("The journeys left " + left.size() + " process(es) running after their test JVM exited"
                + (alive.isEmpty() ? " (now ended)" : " (could not end " + alive.stream().map(ProcessHandle::pid).toList() + ")")
                + ":\n  " + String.join("\n  ", left.stream().map(Object::toString).toList()));
    }
}
