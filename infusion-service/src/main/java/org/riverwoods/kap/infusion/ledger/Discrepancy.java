package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
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

/** A vial whose count differed from its balance by more than the clinic's tolerance; open until a prescriber resolves it. */
@Entity
@Table(name = "inventory_discrepancy")
public class Discrepancy extends PanacheEntityBase {

    public enum Status {
        OPEN, EXPLAINED, LOSS_REPORTED
    }

    @Id
    public UUID id;
    public UUID countId;
    public UUID vialId;
    public String lotNumber;
    public BigDecimal expectedMl;
    public BigDecimal countedMl;
    /** counted - expected: negative when drug is missing. */
    public BigDecimal differenceMl;
    public BigDecimal differenceMg;
    public Instant foundAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String resolvedBy;
    public Instant resolvedAt;
    public String explanation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public LossReportRecord lossReport;
    @Version
    public long rowVersion;
}
