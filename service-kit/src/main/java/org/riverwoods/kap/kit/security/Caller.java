package org.riverwoods.kap.kit.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, and which patient's records they may see.
 *
 * <p>Staff roles see every patient they are allowed to by their role; a token with only the
 * {@code patient} role sees one patient, the one named in its {@value #PATIENT_CLAIM} claim.
 */
@RequestScoped
public class Caller {

    public static final String PATIENT_CLAIM = "patient_id";
    private static final Set<String> STAFF = Set.of(Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN,
            Roles.ANALYST);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String roles() {
        return String.join(",", new TreeSet<>(identity.getRoles()));
    }

    public boolean isPatientOnly() {
        return identity.hasRole(Roles.PATIENT) && identity.getRoles().stream().noneMatch(STAFF::contains);
    }

    /** The patient a patient token is scoped to; empty for staff, or for a token without the claim. */
    public Optional<UUID> ownPatientId() {
        Object claim = token.getClaim(PATIENT_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True if the caller may see {@code patientId}'s records; staff are further limited by @RolesAllowed. */
    public boolean mayAccess(UUID patientId) {
        return !isPatientOnly() || ownPatientId().filter(patientId::equals).isPresent();
    }
}
