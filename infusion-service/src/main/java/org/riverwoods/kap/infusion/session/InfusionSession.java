package org.riverwoods.kap.infusion.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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

import org.riverwoods.kap.infusion.dose.DoseCalculation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One infusion visit: the signed order from treatment, and everything recorded on the day. */
@Entity
@Table(name = "infusion_session")
public class InfusionSession extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID appointmentId;
    public UUID patientId;
    public UUID planId;
    public int planVersion;
    public int infusionNumber;
    public int infusionCount;
    public Instant scheduledStart;
    public int visitMinutes;
    public String route;
    public BigDecimal doseMgPerKg;
    public Integer infusionMinutes;
    public BigDecimal bolusDoseMgPerKg;
    public Integer bolusMinutes;
    /** The prescriber who signed the plan. */
    public String prescriber;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    public String statusReason;
    public Instant checkedInAt;
    public String checkedInBy;
    public BigDecimal weightKg;
    public Instant weightMeasuredAt;
    /** Every run of the gate, oldest first; the latest decides. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<PreAssessmentRecord> preAssessmentRuns = new ArrayList<>();
    /** The prescription changed after check-in: the dose must be calculated and checked again. */
    public Instant orderAmendedAt;
    @Column(name = "baseline_systolic_mm_hg")
    public Integer baselineSystolicMmHg;
    @Column(name = "baseline_diastolic_mm_hg")
    public Integer baselineDiastolicMmHg;
    public Integer baselineHeartRateBpm;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ConcomitantMedications concomitantMedications;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public DoseCalculation dose;
    public String lotNumber;
    public String doseCalculatedBy;
    public String doseVerifiedBy;
    public Instant doseVerifiedAt;
    public Instant dosingStartedAt;
    public Instant infusionEndedAt;
    public Boolean driverPresent;
    public Instant dischargedAt;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long rowVersion;

    /** The run of the gate that decides: the latest; null before any. */
    public PreAssessmentRecord latestPreAssessment() {
        return preAssessmentRuns.isEmpty() ? null : preAssessmentRuns.get(preAssessmentRuns.size() - 1);
    }
}
