package org.riverwoods.kap.console.signin;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is signed in for this request, and the bearer token the console sends to the services on
 * their behalf. Filled by {@link SessionGate} before any page runs.
 */
@RequestScoped
@jakarta.inject.Named("user")
public class ConsoleUser {

    public static final Set<String> ROLES = Set.of("prescriber", "nurse", "therapist", "patient", "analyst", "admin");

    private String token;
    private Set<String> roles = Set.of();
    private UUID patientId;
    private String name;
    private String subject;

    void signIn(String token, Set<String> roles, UUID patientId, String name) {
        this.token = token;
        this.subject = TokenClaims.subject(token);
        this.roles = Set.copyOf(roles);
        this.patientId = patientId;
        this.name = name;
    }

    public boolean signedIn() {
        return token != null;
    }

    public String token() {
        if (token == null) {
            throw new IllegalStateException("No one is signed in");
        }
        return token;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The role shown in the header (the first clinical one). */
    public String role() {
        for (String role : new String[] { "prescriber", "nurse", "therapist", "admin", "analyst", "patient" }) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "";
    }

    public boolean isPatient() {
        return roles.contains("patient") && roles.size() == 1;
    }

    /** Staff who work with patients' records (everyone but analysts and patients). */
    public boolean isClinician() {
        return is("prescriber") || is("nurse") || is("therapist") || is("admin");
    }

    /** The chair board's roles: the ones infusion-service lets follow the board. */
    public boolean atTheChair() {
        return is("prescriber") || is("nurse") || is("admin");
    }

    public boolean seesProgram() {
        return is("prescriber") || is("analyst") || is("admin");
    }

    /** A patient's own id (null for staff). */
    public UUID patientId() {
        return patientId;
    }

    /** The token's subject: who the services record as having done something (dosed, verified). */
    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }
}
