package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * KARE's confirmed relapse: the first self-reported day of use of the target substance that is
 * confirmed, either
 * <ol>
 * <li>by a positive lab for that substance collected on the day of use or up to
 * {@code relapseConfirmationDays} after it (a test detects earlier use only; EtG about 5 days), or
 * <li>by use of the target substance reported again on the next calendar day (two consecutive
 * days of use), so that a relapse is not missed for want of a test.
 * </ol>
 * The relapse is dated on the day of use, not on the day of the test. A negative lab does not
 * overrule two consecutive reported days (a patient's own report of use is believed). A positive
 * lab with no reported use in the window before it is not dated as a relapse here: there is no
 * day of use to date it on; it is for the clinician to take up with the patient.
 */
final class ConfirmedRelapse {

    private final int confirmationDays;

    ConfirmedRelapse(int confirmationDays) {
        this.confirmationDays = confirmationDays;
    }

    /** @param followed the reported days from the plan's start to the "as of" date, in order */
    Optional<RelapseEvent> first(List<DiaryDay> followed, Diary diary, List<LabResult> labs, String substance,
            LocalDate asOf) {
        for (DiaryDay day : followed) {
            if (!day.used(substance)) {
                continue;
            }
            String use = "use of " + substance + " " + day.date() + " ("
                    + Substances.amountInWords(substance, day.amountOf(substance)) + ")";
            Optional<LabResult> lab = positiveLabWithin(labs, substance, day.date(), asOf);
            if (lab.isPresent()) {
                return Optional.of(new RelapseEvent(day.date(),
                        use + " confirmed by a positive " + substance + " lab collected " + lab.get().collectedOn()));
            }
            LocalDate nextDay = day.date().plusDays(1);
            Optional<DiaryDay> next = nextDay.isAfter(asOf) ? Optional.empty() : diary.on(nextDay);
            if (next.isPresent() && next.get().used(substance)) {
                return Optional.of(new RelapseEvent(day.date(), use + " confirmed by use reported again " + nextDay
                        + " (" + Substances.amountInWords(substance, next.get().amountOf(substance)) + ")"));
            }
        }
        return Optional.empty();
    }

    private Optional<LabResult> positiveLabWithin(List<LabResult> labs, String substance, LocalDate useOn,
            LocalDate asOf) {
        LocalDate last = useOn.plusDays(confirmationDays);
        LocalDate until = last.isAfter(asOf) ? asOf : last;
        return labs.stream()
                .filter(lab -> lab.positive() && lab.substance().equals(substance))
                .filter(lab -> !lab.collectedOn().isBefore(useOn) && !lab.collectedOn().isAfter(until))
                .min(Comparator.comparing(LabResult::collectedOn));
    }
}
