package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One vial as received: the receipt. Never changed after it is written (the table refuses it). */
@Entity
@Table(name = "controlled_substance_vial")
public class Vial extends PanacheEntityBase {

    @Id
    public UUID id;
    public String supplier;
    public String invoiceReference;
    public String product;
    public String ndc;
    public BigDecimal concentrationMgPerMl;
    public BigDecimal volumeMl;
    public String lotNumber;
    public LocalDate expiresOn;
    public Instant receivedAt;
    public String receivedBy;
    public String witnessedBy;

    /** The drug the vial held when received. */
    public BigDecimal contentMg() {
        return Quantities.mg(volumeMl.multiply(concentrationMgPerMl));
    }

    /** The volume holding {@code mg} of this vial's drug. */
    public BigDecimal mlFor(BigDecimal mg) {
        return mg.divide(concentrationMgPerMl, Quantities.SCALE, RoundingMode.HALF_UP);
    }

    /** The drug in {@code ml} of this vial. */
    public BigDecimal mgIn(BigDecimal ml) {
        return Quantities.mg(ml.multiply(concentrationMgPerMl));
    }

    /** What the chain hashes of a receipt, so that an edited receipt breaks the chain too. */
    String canonical() {
        return String.join("|", id.toString(), supplier, invoiceReference, product, ndc,
                Quantities.plain(concentrationMgPerMl), Quantities.plain(volumeMl), lotNumber, expiresOn.toString(),
                receivedAt.toString(), receivedBy, witnessedBy);
    }
}
