package org.riverwoods.kap.intake.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One assessment episode of a patient. */
@Entity
@Table(name = "intake")
public class Intake extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public IntakeStatus status;
    public Instant startedAt;
    public Instant completedAt;
    @Version
    public long version;
}
