package org.riverwoods.kap.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * Steady patient traffic from many clients at once: each client takes one patient after another
 * through {@link FaultJourney} until told to finish and the scenario's number of journeys has been
 * started.
 */
final class FaultTraffic implements AutoCloseable {

    private final List<Thread> clients = new ArrayList<>();
    private final AtomicBoolean finishing = new AtomicBoolean();
    private final AtomicInteger started = new AtomicInteger();
    private final int journeys;
    private final FaultTrafficRecord record;
    private final long startedAt = System.nanoTime();
    private volatile long endedAt;

    private FaultTraffic(int journeys, FaultTrafficRecord record) {
        this.journeys = journeys;
        this.record = record;
    }

    /** Starts {@code clients} clients sharing one {@link FaultClient}; at least {@code journeys} journeys are run. */
    static FaultTraffic start(PlatformUrls urls, FaultClient client, FaultTrafficRecord record, int clients, int journeys) {
        FaultTraffic traffic = new FaultTraffic(journeys, record);
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> traffic.drive(new FaultJourney(urls, client, record)), "fault-client-" + i);
            thread.setDaemon(true);
            traffic.clients.add(thread);
            thread.start();
        }
        return traffic;
    }

    private void drive(FaultJourney journey) {
        while (!(finishing.get() && started.get() >= journeys)) {
            started.incrementAndGet();
            try {
                journey.run();
            } catch (FaultClient.OperationFailed e) {
                record.failed(e.getMessage());
            } catch (RuntimeException e) {
                record.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    /** No new journey after the scenario's number has been started; waits for the ones under way. */
    void finish(Duration patience) throws InterruptedException {
        finishing.set(true);
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread client : clients) {
            client.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        endedAt = System.nanoTime();
        for (Thread client : clients) {
            if (client.isAlive()) {
                record.failed(client.getName() + " still busy after " + patience.toSeconds() + " s");
                client.interrupt();
            }
        }
    }

    /** Completed journeys per second, from the first client's start to the last one's end. */
    double journeysPerSecond() {
        return record.completedJourneys() / ((endedAt - startedAt) / 1e9);
    }

    double seconds() {
        return (endedAt - startedAt) / 1e9;
    }

    @Override
    public void close() {
        finishing.set(true);
        clients.forEach(Thread::interrupt);
    }
}
