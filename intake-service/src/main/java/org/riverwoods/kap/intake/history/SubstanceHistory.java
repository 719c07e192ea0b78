package org.riverwoods.kap.intake.history;

import java.math.BigDecimal;
import java.time.Instant;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "substance_history")
public class SubstanceHistory extends PanacheEntityBase {

    @Id
    public UUID intakeId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Substance primarySubstance;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<SubstanceUse> substances;
    public int priorTreatmentEpisodes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Medication> medications;
    @Column(name = "benzodiazepine_lorazepam_eq_mg")
    public BigDecimal benzodiazepineLorazepamEqMgPerDay;
    public Instant recordedAt;
    public String recordedBy;
    @Version
    public long version;

    public List<Substance> secondarySubstances() {
        return substances.stream().map(SubstanceUse::substance).filter(s -> s != primarySubstance).toList();
    }
}
