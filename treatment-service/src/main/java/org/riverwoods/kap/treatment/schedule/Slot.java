package org.riverwoods.kap.treatment.schedule;

import java.time.LocalTime;

/**
 * When in the day one kind of appointment is booked, and for how long.
 *
 * @param setting the property that sets its start, named in error messages
 */
record Slot(AppointmentKind kind, String setting, LocalTime start, int minutes) {

    // Minutes since midnight rather than LocalTime: a session running past midnight must not wrap.
    int startMinute() {
        return start.toSecondOfDay() / 60;
    }

    int endMinute() {
        return startMinute() + minutes;
    }

    boolean overlaps(Slot other) {
        return startMinute() < other.endMinute() && other.startMinute() < endMinute();
    }

    @Override
    public String toString() {
        return "%s %s-%02d:%02d".formatted(kind, start, endMinute() / 60, endMinute() % 60);
    }
}
