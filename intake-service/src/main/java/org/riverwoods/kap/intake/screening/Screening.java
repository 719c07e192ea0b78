package org.riverwoods.kap.intake.screening;

import java.time.Instant;
import java.util.List;
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

/** A scored questionnaire, kept as answered and as scored at the time (settings may change later). */
@Entity
@Table(name = "screening")
public class Screening extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID intakeId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Instrument instrument;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Integer> answers;
    public int total;
    @Enumerated(EnumType.STRING)
    public ScreeningBand band;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<ScreeningFlag> flags;
    @Column(name = "audit_c_total")
    public Integer auditCTotal;
    public Instant administeredAt;
    public Instant recordedAt;
    public String recordedBy;
    @Enumerated(EnumType.STRING)
    public ScreeningSource source;
}
