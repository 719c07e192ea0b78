package org.riverwoods.kap.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public ConsentKind kind;
    public String documentVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<DisclosureScope> scope;
    public Instant signedAt;
    public String signedBy;
    public String witnessedBy;
    public LocalDate expiresOn;
    public Instant recordedAt;
    public String recordedBy;
    public Instant revokedAt;
    public String revokedBy;
    public String revocationReason;
    @Version
    public long version;

    /** Expiry is read in UTC: a consent expiring on a date is valid through that whole day. */
    public ConsentStatus statusAt(Instant when) {
        if (revokedAt != null && !revokedAt.isAfter(when)) {
            return ConsentStatus.REVOKED;
        }
        if (expiresOn != null && when.atZone(ZoneOffset.UTC).toLocalDate().isAfter(expiresOn)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    public static boolean hasActive(UUID patientId, ConsentKind kind, Instant when) {
        return Consent.<Consent>list("patientId = ?1 and kind = ?2 and revokedAt is null", patientId, kind).stream()
                .anyMatch(c -> c.statusAt(when) == ConsentStatus.ACTIVE);
    }
}
