package org.riverwoods.kap.intake.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registered patient. Identifying details stay in this service's database. */
@Entity
@Table(name = "patient")
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String medicalRecordNumber;
    public String givenName;
    public String familyName;
    public LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public String email;
    public String phone;
    public BigDecimal weightKg;
    public LocalDate weightMeasuredOn;
    public Instant suicideRiskFlaggedAt;
    public UUID suicideRiskScreeningId;
    public Instant registeredAt;
    public Instant updatedAt;
    @Version
    public long version;
}
