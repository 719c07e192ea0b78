package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A count of the stock signed by two people, with the ledger's balance beside each vial counted. */
@Entity
@Table(name = "inventory_count")
public class InventoryCount extends PanacheEntityBase {

    /** One vial in a count: what the ledger says and what was seen. */
    public record Line(UUID vialId, String lotNumber, BigDecimal balanceMl, BigDecimal balanceMg, BigDecimal countedMl,
            BigDecimal differenceMl, boolean discrepancy) {
    }

    @Id
    public UUID id;
    public Instant countedAt;
    public LocalDate clinicDay;
    public String shift;
    public String countedBy;
    public String witnessedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Line> lines;
    public int discrepancies;
    /** The last ledger entry the count was compared with. */
    public long lastEntry;
}
