package org.riverwoods.kap.outcomes.lab;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "lab_result")
public class LabResult extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public LocalDate collectedOn;
    @Enumerated(EnumType.STRING)
    public Analyte analyte;
    public String substance;
    @Column(name = "value_ng_per_ml")
    public BigDecimal valueNgPerMl;
    @Column(name = "cutoff_ng_per_ml")
    public BigDecimal cutoffNgPerMl;
    /** At or above the laboratory's cut-off. */
    public boolean positive;
    public Instant recordedAt;
    public String recordedBy;
}
