package org.riverwoods.kap.treatment.schedule;

import java.time.LocalDate;

/** Schedule requests of the seeded protocols, with the program's default components. */
final class Protocols {

    private Protocols() {
    }

    /** KARE (Grabski 2022): 3 weekly IV infusions of 40 min from day 0, 7 therapy sessions, 4 weeks. */
    static ScheduleRequest kare(LocalDate start) {
        return new ScheduleRequest(start, 0, 3, 7, 40, 7, 4, 1, 2, 6);
    }

    /** Dakwar 2020: one 52-min IV infusion on day 7, 6 MET sessions, 5 weeks. */
    static ScheduleRequest dakwar2020(LocalDate start) {
        return new ScheduleRequest(start, 7, 1, 0, 52, 6, 5, 1, 2, 6);
    }

    /** Krupitsky 2007: 3 IM injections 30 days apart from day 0, 4 counselling sessions, 9 weeks. */
    static ScheduleRequest krupitsky(LocalDate start) {
        return new ScheduleRequest(start, 0, 3, 30, null, 4, 9, 1, 2, 6);
    }
}
