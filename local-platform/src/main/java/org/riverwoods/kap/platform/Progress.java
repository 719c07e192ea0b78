package org.riverwoods.kap.platform;

import java.util.Locale;

/** One console line per start-up step: a dot per second while waiting, then the time it took. */
final class Progress {

    /** Set once shutdown begins: its report, not dots from a wait it cut short, is what matters then. */
    private static volatile boolean silenced;

    private final long started;
    private long lastDot = System.nanoTime();

    private Progress(long started) {
        this.started = started;
    }

    static Progress begin(String step) {
        return begin(step, System.nanoTime());
    }

    /** For a step that began earlier than its line (a process launched before others were awaited). */
    static Progress begin(String step, long startedNanos) {
        System.out.printf("  %-22s", step);
        System.out.flush();
        return new Progress(startedNanos);
    }

    /** Called from wait loops; prints a dot once a second so a slow start does not look stuck. */
    void tick() {
        long now = System.nanoTime();
        if (!silenced && now - lastDot >= 1_000_000_000L) {
            System.out.print('.');
            System.out.flush();
            lastDot = now;
        }
    }

    /** Ends the line, e.g. "ready in 3.2 s (port 15432)". */
    void done(String outcome, String details) {
        System.out.println(" " + outcome + " in " + seconds(System.nanoTime() - started)
                + (details.isEmpty() ? "" : " (" + details + ")"));
    }

    void failed() {
        System.out.println(" FAILED after " + seconds(System.nanoTime() - started));
    }

    static void silence() {
        silenced = true;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
