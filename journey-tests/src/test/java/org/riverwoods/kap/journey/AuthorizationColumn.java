package org.riverwoods.kap.journey;

/** A column of docs/authorization-matrix.md: who calls, and whose ids the path names. */
enum AuthorizationColumn {

    PRESCRIBER("prescriber", "prescriber"),
    NURSE("nurse", "nurse"),
    THERAPIST("therapist", "therapist"),
    PATIENT_OWN("patient (own)", "patient"),
    PATIENT_OTHER("patient (other)", "patient"),
    ANALYST("analyst", "analyst"),
    ADMIN("admin", "admin"),
    NO_TOKEN("no token", null),
    INVALID_TOKEN("invalid token", null);

    /** The column's heading in the matrix. */
    final String heading;
    /** The token's role; null for the columns without a valid token. */
    final String role;

    AuthorizationColumn(String heading, String role) {
        this.heading = heading;
        this.role = role;
    }

    /** The path names the other patient's records (with the first patient's token). */
    boolean namesAnotherPatient() {
        return this == PATIENT_OTHER;
    }
}
