package org.riverwoods.kap.treatment.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID planId;
    public UUID patientId;
    public int planVersion;
    @Enumerated(EnumType.STRING)
    public AppointmentKind kind;
    @Column(name = "sequence_no")
    public int sequence;
    public Instant startsAt;
    public int durationMinutes;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;
    public String statusReason;
    public Instant proposedStart;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long rowVersion;
}
