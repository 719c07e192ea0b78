package org.riverwoods.kap.outcomes.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LabResult")
public record LabResultView(UUID id, LocalDate collectedOn, Analyte analyte, String substance, BigDecimal valueNgPerMl,
        BigDecimal cutoffNgPerMl, boolean positive) {

    static LabResultView of(LabResult r) {
        return new LabResultView(r.id, r.collectedOn, r.analyte, r.substance, r.valueNgPerMl, r.cutoffNgPerMl, r.positive);
    }
}
