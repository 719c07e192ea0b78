package org.riverwoods.kap.treatment.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "treatment_plan_history")
public class PlanHistoryEntry extends PanacheEntityBase {

    public enum Change {
        DRAFTED, APPROVED, AMENDED, STATUS_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID planId;
    public int planVersion;
    @Enumerated(EnumType.STRING)
    public Change change;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    public String reason;
    public String changedBy;
    public Instant changedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public PlanView snapshot;
}
