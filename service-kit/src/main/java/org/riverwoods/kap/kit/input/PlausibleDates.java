package org.riverwoods.kap.kit.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The dates a clinical record can hold: nobody in care was born before the earliest, and nothing is
 * booked after the latest. {@code kap.input.earliest-date} (default 1900-01-01) and
 * {@code kap.input.latest-date} (default 2199-12-31).
 */
public record PlausibleDates(LocalDate earliest, LocalDate latest) {

    public static PlausibleDates fromConfig() {
        var config = ConfigProvider.getConfig();
        return new PlausibleDates(
                config.getOptionalValue("kap.input.earliest-date", LocalDate.class).orElse(LocalDate.of(1900, 1, 1)),
                config.getOptionalValue("kap.input.latest-date", LocalDate.class).orElse(LocalDate.of(2199, 12, 31)));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Says what a field must be, e.g. "a date from 1900-01-01 to 2199-12-31". */
    public String range() {
        return "from " + earliest + " to " + latest;
    }
}
