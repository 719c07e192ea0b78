package org.riverwoods.kap.treatment.schedule;

import static org.riverwoods.kap.treatment.schedule.AppointmentKind.AMINO_ACID_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.FAMILY_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.GROUP_THERAPY;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.KETAMINE_INFUSION;
import static org.riverwoods.kap.treatment.schedule.AppointmentKind.THERAPY;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time of day of each kind of appointment, checked once against the clinic's hours: a clinic
 * that mistypes a setting learns it at start-up, not from a patient booked after closing.
 */
final class ClinicTimetable {

    static final String SETTING = "kap.treatment.clinic.";

    /** The longest infusion of the seeded protocols (Dakwar 2020: 52 min IV); the hours must fit it. */
    static final int LONGEST_PROTOCOL_INFUSION_MINUTES = 52;

    private final LocalTime opens;
    private final LocalTime closes;
    private final LocalTime infusionStart;
    private final int observationMinutes;
    final Slot therapy;
    final Slot group;
    final Slot family;
    final Slot aminoAcid;

    ClinicTimetable(ClinicSettings s) {
        if (!s.opens().isBefore(s.closes())) {
            throw new IllegalStateException(SETTING + "opens: the clinic must open (" + s.opens()
                    + ") before it closes (" + s.closes() + ")");
        }
        positive("observation-minutes", s.observationMinutes());
        positive("therapy-minutes", s.therapyMinutes());
        positive("group-minutes", s.groupMinutes());
        positive("family-minutes", s.familyMinutes());
        positive("amino-acid-minutes", s.aminoAcidMinutes());
        opens = s.opens();
        closes = s.closes();
        infusionStart = s.infusionStart();
        observationMinutes = s.observationMinutes();
        therapy = new Slot(THERAPY, SETTING + "therapy-start", s.therapyStart(), s.therapyMinutes());
        group = new Slot(GROUP_THERAPY, SETTING + "group-start", s.groupStart(), s.groupMinutes());
        family = new Slot(FAMILY_THERAPY, SETTING + "family-start", s.familyStart(), s.familyMinutes());
        aminoAcid = new Slot(AMINO_ACID_THERAPY, SETTING + "amino-acid-start", s.aminoAcidStart(), s.aminoAcidMinutes());
        for (Slot slot : List.of(infusionVisit(LONGEST_PROTOCOL_INFUSION_MINUTES), therapy, group, family, aminoAcid)) {
            conflict(slot).ifPresent(why -> {
                throw new IllegalStateException(slot.setting() + ": " + why);
            });
        }
    }

    /** The infusion visit: the infusion (none for IM) and the observation after dosing. */
    Slot infusionVisit(Integer infusionMinutes) {
        int infusion = infusionMinutes == null ? 0 : infusionMinutes;
        return new Slot(KETAMINE_INFUSION, SETTING + "infusion-start", infusionStart, infusion + observationMinutes);
    }

    /** Why the slot cannot be booked: outside opening hours, or clashing with another kind on the same date. */
    Optional<String> conflict(Slot slot) {
        if (slot.startMinute() < minuteOf(opens) || slot.endMinute() > minuteOf(closes)) {
            return Optional.of(slot + " is outside opening hours " + opens + "-" + closes);
        }
        for (Slot other : List.of(therapy, group, family, aminoAcid)) {
            if (canShareDate(slot, other) && slot.overlaps(other)) {
                return Optional.of(slot + " overlaps " + other + " (" + other.setting()
                        + ") and both can fall on one date");
            }
        }
        return Optional.empty();
    }

    // Family and amino-acid sessions avoid infusion dates; two sessions of one kind never share a date.
    private static boolean canShareDate(Slot a, Slot b) {
        if (a.kind() == b.kind()) {
            return false;
        }
        Set<AppointmentKind> kinds = Set.of(a.kind(), b.kind());
        return !kinds.contains(KETAMINE_INFUSION)
                || !(kinds.contains(FAMILY_THERAPY) || kinds.contains(AMINO_ACID_THERAPY));
    }

    private static int minuteOf(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    private static void positive(String setting, int minutes) {
        if (minutes < 1) {
            throw new IllegalStateException(SETTING + setting + ": must be at least 1 minute");
        }
    }
}
