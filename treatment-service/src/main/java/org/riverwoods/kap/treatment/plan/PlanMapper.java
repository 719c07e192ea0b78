package org.riverwoods.kap.treatment.plan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.riverwoods.kap.treatment.events.TreatmentPlanApproved;
import org.riverwoods.kap.treatment.events.TreatmentPlanStatusChanged;
import org.riverwoods.kap.treatment.risk.SuicideRiskView;

final class PlanMapper {

    private static final int DAYS_A_WEEK = 7;

    private PlanMapper() {
    }

    static PlanView toView(TreatmentPlan p, SuicideRiskView suicideRisk) {
        PlanView.Approval approval = p.approvedAt == null ? null
                : new PlanView.Approval(p.approvedBy, p.approvedAt, p.prescriptionDigest);
        return new PlanView(p.id, p.patientId, p.intakeId, p.templateCode, p.templateVersion, p.planVersion, p.status,
                p.statusReason, p.primarySubstance, p.relapseRule, prescription(p), components(p), phases(p), approval,
                suicideRisk, p.startDate, p.completedInfusions, p.createdAt, p.updatedAt, p.rowVersion);
    }

    static PlanView.Prescription prescription(TreatmentPlan p) {
        BigDecimal maintenance = p.bolusDoseMgPerKg == null ? null : p.doseMgPerKg.subtract(p.bolusDoseMgPerKg);
        Integer maintenanceMinutes = p.bolusMinutes == null || p.infusionMinutes == null ? null
                : p.infusionMinutes - p.bolusMinutes;
        return new PlanView.Prescription(p.route, p.doseMgPerKg, p.infusionMinutes, p.bolusDoseMgPerKg, p.bolusMinutes,
                maintenance, maintenanceMinutes, p.infusionCount, p.infusionIntervalDays, p.firstInfusionDay,
                p.prerequisites, p.weightKg, p.weightMeasuredOn);
    }

    static PlanView.Components components(TreatmentPlan p) {
        return new PlanView.Components(new PlanView.Biological(p.infusionCount, p.aminoAcidSessionCount),
                new PlanView.Psychological(p.therapyModality, p.therapySessionCount),
                new PlanView.Social(p.groupSessionsPerWeek, p.familySessionCount, p.aftercareWeeks));
    }

    /**
     * Evaluation is the intake (week 0); induction runs to the week of the last infusion; maintenance
     * to the protocol's last week; aftercare follows.
     */
    static List<PlanView.Phase> phases(TreatmentPlan p) {
        int lastInfusionDay = p.firstInfusionDay + (p.infusionCount - 1) * p.infusionIntervalDays;
        int inductionEnd = lastInfusionDay / DAYS_A_WEEK + 1;
        int maintenanceEnd = Math.max(inductionEnd, p.totalWeeks);
        return List.of(new PlanView.Phase("EVALUATION", 0, 0),
                new PlanView.Phase("INDUCTION", 1, inductionEnd),
                new PlanView.Phase("MAINTENANCE", Math.min(inductionEnd + 1, maintenanceEnd), maintenanceEnd),
                new PlanView.Phase("AFTERCARE", maintenanceEnd + 1, maintenanceEnd + p.aftercareWeeks));
    }

    /** The prescription as signed, in a fixed order, so that its digest identifies exactly what was approved. */
    static String digest(TreatmentPlan p) {
        String signed = String.join("|", p.id.toString(), Integer.toString(p.planVersion), p.route.name(),
                p.doseMgPerKg.toPlainString(), String.valueOf(p.infusionMinutes),
                p.bolusDoseMgPerKg == null ? "-" : p.bolusDoseMgPerKg.toPlainString(), String.valueOf(p.bolusMinutes),
                Integer.toString(p.infusionCount), Integer.toString(p.infusionIntervalDays),
                Integer.toString(p.firstInfusionDay));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static TreatmentPlanApproved approved(TreatmentPlan p) {
        return new TreatmentPlanApproved(p.id, p.patientId, p.intakeId, p.planVersion, p.templateCode,
                p.templateVersion, p.primarySubstance, p.relapseRule.name(),
                new TreatmentPlanApproved.Prescription(p.route.name(), p.doseMgPerKg, p.infusionMinutes,
                        p.bolusDoseMgPerKg, p.bolusMinutes, p.infusionCount, p.infusionIntervalDays,
                        p.firstInfusionDay),
                p.therapyModality == null ? null : p.therapyModality.name(), p.therapySessionCount, p.totalWeeks,
                p.approvedBy, p.approvedAt, p.prescriptionDigest);
    }

    static TreatmentPlanStatusChanged statusChanged(TreatmentPlan p, PlanStatus previous) {
        return new TreatmentPlanStatusChanged(p.id, p.patientId, p.planVersion, p.templateCode, p.templateVersion,
                previous == null ? null : previous.name(), p.status.name(), p.statusReason, p.updatedAt, p.startDate);
    }
}
