package org.riverwoods.kap.treatment.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A completed intake that got no plan and waits for a clinician. */
@Entity
@Table(name = "review_queue_entry")
public class ReviewQueueEntry extends PanacheEntityBase {

    @Id
    public UUID intakeId;
    public UUID patientId;
    public String decision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<ReviewReason> reasons;
    public String primarySubstance;
    public Instant receivedAt;
    public String resolution;
    public String resolvedBy;
    public Instant resolvedAt;

    public record ReviewReason(String code, String severity, String description) {
    }
}
