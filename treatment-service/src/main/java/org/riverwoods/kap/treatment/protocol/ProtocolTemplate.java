package org.riverwoods.kap.treatment.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a protocol template. Versions are never changed once written. */
@Entity
@Table(name = "protocol_template")
public class ProtocolTemplate extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public int version;
    public String name;
    public String source;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> targetSubstances;
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
    public String therapyCadence;
    public int totalWeeks;
    public String primaryOutcome;
    @Enumerated(EnumType.STRING)
    public RelapseRule relapseRule;
    @Enumerated(EnumType.STRING)
    public TemplateStatus status;
    public Instant createdAt;
    public String createdBy;

    public static Optional<ProtocolTemplate> active(String code) {
        return find("code = ?1 and status = ?2", code, TemplateStatus.ACTIVE).firstResultOptional();
    }
}
