package org.riverwoods.kap.treatment.risk;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient's latest suicide-risk flag and latest clinician review. Flags and reviews are compared by
 * the time they happened, not the order they arrive in: a review clears every flag raised at or before
 * it, and a flag raised after the review opens the risk again.
 */
@Entity
@Table(name = "suicide_risk")
public class SuicideRisk extends PanacheEntityBase {

    @Id
    public UUID patientId;
    /** When the latest flag was raised; null while only a review is known. */
    public Instant flaggedAt;
    @Enumerated(EnumType.STRING)
    public FlagSource source;
    public Instant reviewedAt;
    @Enumerated(EnumType.STRING)
    public ReviewOutcome reviewOutcome;
    public Instant updatedAt;

    public boolean isOpen() {
        return flaggedAt != null && (reviewedAt == null || reviewedAt.isBefore(flaggedAt));
    }

    /** Keeps the flag if it is the latest; true if it changed anything. */
    boolean flag(Instant raisedAt, FlagSource from) {
        if (flaggedAt != null && !raisedAt.isAfter(flaggedAt)) {
            return false; // an older flag, or the same one again
        }
        flaggedAt = raisedAt;
        source = from;
        return true;
    }

    /** Keeps the review if it is the latest; true if it changed anything. */
    boolean review(Instant at, ReviewOutcome outcome) {
        if (reviewedAt != null && !at.isAfter(reviewedAt)) {
            return false;
        }
        reviewedAt = at;
        reviewOutcome = outcome;
        return true;
    }
}
