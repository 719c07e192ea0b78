package org.riverwoods.kap.infusion.risk;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient's suicide-risk flag as intake and outcomes announce it. Open while the latest flag is
 * newer than the latest review: the review clears what was raised up to its time, whatever order
 * the events arrive in.
 */
@Entity
@Table(name = "suicide_risk")
public class SuicideRisk extends PanacheEntityBase {

    @Id
    public UUID patientId;
    public Instant flaggedAt;
    public String source;
    public Instant reviewedAt;
    public String reviewOutcome;
    public Instant updatedAt;

    public boolean isOpen() {
        return flaggedAt != null && (reviewedAt == null || reviewedAt.isBefore(flaggedAt));
    }

    /** When the open flag was raised; null when there is none. */
    public static Instant openSince(UUID patientId) {
        SuicideRisk risk = findById(patientId);
        return risk != null && risk.isOpen() ? risk.flaggedAt : null;
    }
}
