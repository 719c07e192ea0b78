package org.riverwoods.kap.kit.security;

/** The roles a token can carry (its {@code groups} claim). */
public final class Roles {

    public static final String PRESCRIBER = "prescriber";
    public static final String NURSE = "nurse";
    public static final String THERAPIST = "therapist";
    public static final String PATIENT = "patient";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
