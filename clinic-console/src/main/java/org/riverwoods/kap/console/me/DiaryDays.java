package org.riverwoods.kap.console.me;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The latest day outcomes-service accepts in a diary: it refuses a day after today in the clinic's
 * zone, and the console's "today" is UTC, so the earlier of the two is always accepted.
 */
final class DiaryDays {

    private DiaryDays() {
    }

    static LocalDate latest(Instant now, ZoneId clinicZone) {
        LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate clinic = LocalDate.ofInstant(now, clinicZone);
        return utc.isBefore(clinic) ? utc : clinic;
    }
}
