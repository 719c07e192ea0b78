package org.riverwoods.kap.outcomes.deidentify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Age as a band, the only age that leaves for analytics. Ages over 89 are all "90+" (HIPAA Safe
 * Harbor: the very old are few enough to be identified by their age).
 *
 * <p>Work out a patient's band once, at enrolment, and keep it: a band that changed between two
 * messages would tell on which day offset the patient's age (and so the calendar year) turned,
 * which dates their enrolment.
 */
public final class AgeBands {

    private AgeBands() {
    }

    public static String of(int ageYears) {
        if (ageYears < 0) {
            throw new IllegalArgumentException("age must not be negative");
        }
        for (Band band : BANDS) {
            if (ageYears <= band.oldest) {
                return band.label;
            }
        }
        return "90+";
    }

    private record Band(int oldest, String label) {
    }

    private static final List<Band> BANDS = List.of(new Band(17, "under-18"), new Band(24, "18-24"),
            new Band(34, "25-34"), new Band(44, "35-44"), new Band(54, "45-54"), new Band(64, "55-64"),
            new Band(74, "65-74"), new Band(89, "75-89"));

    /**
     * Age for banding when only the birth year is known: the age reached during the year of
     * {@code on}, i.e. year(on) - birthYear. The true age is that or one less (birthday not yet
     * reached), and at a band boundary the year decides the band. Erring upward is the protective
     * side for Safe Harbor: anyone who may be 90 is reported as "90+", never as "75-89". Analytics
     * only, never eligibility: someone 17 until their birthday later in the year counts as 18 here.
     */
    public static int ageAt(int birthYear, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (birthYear > on.getYear()) {
            throw new IllegalArgumentException("birth year after the date");
        }
        return on.getYear() - birthYear;
    }
}
