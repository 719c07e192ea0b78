package org.riverwoods.kap.platform.bench;

import org.HdrHistogram.Histogram;

/**
 * One measured figure: how many per second, and the latency percentiles in milliseconds (HdrHistogram,
 * microsecond resolution). {@code errors} counts answers that were not the expected status.
 */
public record Measured(String name, double perSecond, double p50Ms, double p99Ms, double maxMs, long count, long errors) {

    static Measured of(String name, Histogram micros, double seconds, long errors) {
        return new Measured(name, micros.getTotalCount() / seconds, micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0, micros.getTotalCount(), errors);
    }

    static Histogram histogram() {
        return new Histogram(60_000_000L, 3); // up to 60 s in microseconds, 3 significant digits
    }
}
