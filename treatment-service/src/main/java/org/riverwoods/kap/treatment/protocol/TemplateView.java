package org.riverwoods.kap.treatment.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProtocolTemplate")
public record TemplateView(UUID id, String code, int version, TemplateStatus status, String name, String source,
        List<String> targetSubstances, Route route, BigDecimal doseMgPerKg, Integer infusionMinutes,
        BigDecimal bolusDoseMgPerKg, Integer bolusMinutes,
        @Schema(description = "Dose after the bolus, mg/kg (dose minus bolus)") BigDecimal maintenanceDoseMgPerKg,
        @Schema(description = "Minutes the maintenance part runs over") Integer maintenanceMinutes, int infusionCount,
        int infusionIntervalDays, int firstInfusionDay, List<String> prerequisites, TherapyModality therapyModality,
        int therapySessionCount, String therapyCadence, int totalWeeks, String primaryOutcome, RelapseRule relapseRule,
        Instant createdAt) {

    static TemplateView of(ProtocolTemplate t) {
        BigDecimal maintenance = t.bolusDoseMgPerKg == null ? null : t.doseMgPerKg.subtract(t.bolusDoseMgPerKg);
        Integer maintenanceMinutes = t.bolusMinutes == null || t.infusionMinutes == null ? null
                : t.infusionMinutes - t.bolusMinutes;
        return new TemplateView(t.id, t.code, t.version, t.status, t.name, t.source, t.targetSubstances, t.route,
                t.doseMgPerKg, t.infusionMinutes, t.bolusDoseMgPerKg, t.bolusMinutes, maintenance, maintenanceMinutes,
                t.infusionCount, t.infusionIntervalDays, t.firstInfusionDay, t.prerequisites, t.therapyModality,
                t.therapySessionCount, t.therapyCadence, t.totalWeeks, t.primaryOutcome, t.relapseRule, t.createdAt);
    }
}
