package org.riverwoods.kap.intake.patient;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A clinician's follow-up of a suicide-risk flag; recording it clears the flag. */
@Entity
@Table(name = "suicide_risk_review")
public class SuicideRiskReview extends PanacheEntityBase {

    /** What the same-day assessment concluded. */
    public enum Outcome {
        NO_CURRENT_RISK, SAFETY_PLAN_IN_PLACE, REFERRED_TO_CRISIS_SERVICES
    }

    @Id
    public UUID id;
    public UUID patientId;
    public UUID screeningId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String note;
    public Instant reviewedAt;
    public String reviewedBy;
}
