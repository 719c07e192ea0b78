package org.riverwoods.kap.infusion.session;

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

@Entity
@Table(name = "adverse_event")
public class AdverseEventEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID sessionId;
    public UUID patientId;
    public String type;
    @Enumerated(EnumType.STRING)
    public AdverseEventSeverity severity;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> actionsTaken;
    public String notes;
    public Instant occurredAt;
    public Instant reportedAt;
    public String reportedBy;
}
