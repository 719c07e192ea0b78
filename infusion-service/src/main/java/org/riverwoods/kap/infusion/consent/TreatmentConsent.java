package org.riverwoods.kap.infusion.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A treatment consent as intake announced it; a revocation counts from its time. */
@Entity
@Table(name = "treatment_consent")
public class TreatmentConsent extends PanacheEntityBase {

    @Id
    public UUID consentId;
    public UUID patientId;
    public LocalDate expiresOn;
    public Instant revokedAt;
    public Instant updatedAt;

    /** Expiry read in UTC, valid through its last day, as intake reads it. */
    boolean validAt(Instant when) {
        boolean revoked = revokedAt != null && !revokedAt.isAfter(when);
        boolean expired = expiresOn != null && when.atZone(ZoneOffset.UTC).toLocalDate().isAfter(expiresOn);
        return !revoked && !expired;
    }

    public static boolean validFor(UUID patientId, Instant when) {
        return TreatmentConsent.<TreatmentConsent>list("patientId", patientId).stream().anyMatch(c -> c.validAt(when));
    }
}
