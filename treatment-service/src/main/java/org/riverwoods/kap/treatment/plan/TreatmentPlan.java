package org.riverwoods.kap.treatment.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.riverwoods.kap.treatment.protocol.RelapseRule;
import org.riverwoods.kap.treatment.protocol.Route;
import org.riverwoods.kap.treatment.protocol.TherapyModality;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A patient's plan: a copy of its template's protocol that can be amended, plus the program's components. */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID intakeId;
    public UUID templateId;
    public String templateCode;
    public int templateVersion;
    /** Clinical version: 1 when drafted, +1 for each amendment. */
    public int planVersion;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    public String statusReason;
    public String primarySubstance;
    public String sex;
    public BigDecimal weightKg;
    public LocalDate weightMeasuredOn;
    @Enumerated(EnumType.STRING)
    public Route route;
    public BigDecimal doseMgPerKg;
    public Integer infusionMinutes;
    public BigDecimal bolusDoseMgPerKg;
    public Integer bolusMinutes;
    public int infusionCount;
    public int infusionIntervalDays;
    public int firstInfusionDay;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> prerequisites;
    @Enumerated(EnumType.STRING)
    public TherapyModality therapyModality;
    public int therapySessionCount;
    public int aminoAcidSessionCount;
    public int groupSessionsPerWeek;
    public int familySessionCount;
    public int aftercareWeeks;
    public int totalWeeks;
    @Enumerated(EnumType.STRING)
    public RelapseRule relapseRule;
    /** Day 0 of the protocol, set on activation. */
    public LocalDate startDate;
    public int completedInfusions;
    public String approvedBy;
    public Instant approvedAt;
    public String prescriptionDigest;
    public Instant createdAt;
    public Instant updatedAt;
    /** Row version for ETags; every change bumps it. */
    @Version
    public long rowVersion;
}
