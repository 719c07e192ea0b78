package org.riverwoods.kap.console.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages print the services' UTC ISO-8601 instants: {@code {fmt:time(a.startsAt)}} gives
 * "2026-12-04 15:00 UTC". A value that is not an instant is printed as it came.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    public static String time(Object iso) {
        return format(iso, TIME);
    }

    /** Only the hour and minute, for a day's list. */
    public static String clock(Object iso) {
        return format(iso, CLOCK);
    }

    private static String format(Object iso, DateTimeFormatter formatter) {
        if (iso == null) {
            return null; // so that a template's {fmt:time(x) ?: '—'} can say "not yet"
        }
        try {
            return formatter.format(Instant.parse(iso.toString()));
        } catch (DateTimeParseException notAnInstant) {
            return iso.toString();
        }
    }
}
