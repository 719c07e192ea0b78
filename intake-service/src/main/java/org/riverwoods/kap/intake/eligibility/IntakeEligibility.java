package org.riverwoods.kap.intake.eligibility;

import java.time.Instant;
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

/** The contraindication screen of an intake, the decision computed from it, and any override. */
@Entity
@Table(name = "eligibility_assessment")
public class IntakeEligibility extends PanacheEntityBase {

    @Id
    public UUID intakeId;
    public UUID patientId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ContraindicationScreen screen;
    @Enumerated(EnumType.STRING)
    public EligibilityDecision decision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<EligibilityReason> reasons;
    public Instant assessedAt;
    public String assessedBy;
    @Enumerated(EnumType.STRING)
    public EligibilityDecision overrideDecision;
    public String overrideJustification;
    public String overriddenBy;
    public Instant overriddenAt;
    @Version
    public long version;

    /** The prescriber's override where there is one, else the computed decision. */
    public EligibilityDecision effectiveDecision() {
        return overrideDecision != null ? overrideDecision : decision;
    }

    public EligibilityAssessment computed() {
        return new EligibilityAssessment(decision, reasons);
    }
}
