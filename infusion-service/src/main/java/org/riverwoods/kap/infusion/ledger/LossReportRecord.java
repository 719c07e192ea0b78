package org.riverwoods.kap.infusion.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A theft-or-loss report with what a DEA Form 106 asks for: the registrant, when it was discovered,
 * the type of loss, whether the police were told, and per product the NDC, name, strength, lot,
 * containers and quantity lost.
 */
@Schema(name = "LossReportRecord")
public record LossReportRecord(String deaRegistrationNumber, LocalDate discoveredOn, String lossType,
        boolean policeNotified, String policeDepartment, String policeReportNumber, String description, UUID vialId,
        String ndc, String product, BigDecimal strengthMgPerMl, String dosageForm, String lotNumber,
        int containers, BigDecimal quantityLostMg, BigDecimal quantityLostMl, UUID ledgerEntryId) {
}
