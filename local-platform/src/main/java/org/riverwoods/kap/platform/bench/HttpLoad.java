package org.riverwoods.kap.platform.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.HdrHistogram.Recorder;

/** HTTP load against a running service, the way clinic clients reach it: one request after another. */
final class HttpLoad {

    /** The request a connection sends next, given the connection's number and a sequence over all. */
    interface Requests {
        LeanHttp.Request next(int connection, int sequence);
    }

    private HttpLoad() {
    }

    /**
     * {@code connections} clients, each with its own connection, each sending its next request when
     * the last is answered: the throughput the service gives at that concurrency.
     */
    static Measured closed(String name, URI base, int connections, Duration warmUp, Duration measured,
            Requests requests, int expectedStatus) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + measured.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            int connection = i;
            Thread t = new Thread(() -> {
                try (LeanHttp http = new LeanHttp(base)) {
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        boolean ok = send(http, requests.next(connection, (int) sequence.incrementAndGet()),
                                expectedStatus, null);
                        if (started >= warmEnd) {
                            if (ok) {
                                recorder.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                }
                done.countDown();
            }, "bench-http-" + i);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return Measured.of(name, recorder.getIntervalHistogram(), measured.toNanos() / 1e9, errors.get());
    }

    /**
     * An open model: requests arrive at a fixed rate whatever the answers take, and each latency
     * counts from when the request was due, so a stall is never hidden (no coordinated omission).
     * Each answer (on time or not) goes to {@code answers} when it is not null.
     */
    static Measured open(String name, URI base, double perSecond, Duration measured, IntFunction<LeanHttp.Request> request,
            int expectedStatus, Consumer<LeanHttp.Answer> answers) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        ThreadLocal<LeanHttp> connections = ThreadLocal.withInitial(() -> new LeanHttp(base));
        ExecutorService senders = Executors.newFixedThreadPool(64, r -> {
            Thread t = new Thread(r, "bench-open");
            t.setDaemon(true);
            return t;
        });
        long count = Math.round(perSecond * measured.toNanos() / 1e9);
        long intervalNanos = Math.round(1e9 / perSecond);
        long start = System.nanoTime() + 50_000_000L;
        for (long i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = (int) i;
            senders.execute(() -> {
                if (send(connections.get(), request.apply(n), expectedStatus, answers)) {
                    recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                } else {
                    errors.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        return Measured.of(name, recorder.getIntervalHistogram(), measured.toNanos() / 1e9, errors.get());
    }

    private static boolean send(LeanHttp http, LeanHttp.Request request, int expectedStatus,
            Consumer<LeanHttp.Answer> answers) {
        try {
            LeanHttp.Answer answer = http.send(request);
            if (answers != null) {
                answers.accept(answer);
            }
            return answer.status() == expectedStatus;
        } catch (Exception e) {
            return false;
        }
    }
}
