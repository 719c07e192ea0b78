package org.riverwoods.kap.infusion.ledger;

import java.time.LocalDate;
import java.time.ZoneId;

import org.riverwoods.kap.kit.input.PlausibleDates;
import org.riverwoods.kap.kit.problem.ProblemException;

/** Dates of the ledger's query parameters: the clinic's today when absent, plausible when given. */
final class ClinicDays {

    private ClinicDays() {
    }

    static LocalDate orToday(LocalDate day, String field, ZoneId clinicZone) {
        if (day == null) {
            return LocalDate.now(clinicZone);
        }
        PlausibleDates plausible = PlausibleDates.fromConfig();
        if (!plausible.contains(day)) {
            throw ProblemException.invalidField(field, "must be a date " + plausible.range());
        }
        return day;
    }
}
