package org.riverwoods.kap.treatment.plan;

import org.riverwoods.kap.treatment.protocol.PrescriptionRules;

/** Applies an amendment and checks the prescription still hangs together (as a template must). */
final class PlanAmendment {

    private PlanAmendment() {
    }

    static void apply(AmendmentRequest r, TreatmentPlan p) {
        if (r.doseMgPerKg() != null) {
            p.doseMgPerKg = r.doseMgPerKg();
        }
        if (r.infusionMinutes() != null) {
            p.infusionMinutes = r.infusionMinutes();
        }
        if (r.bolusDoseMgPerKg() != null) {
            p.bolusDoseMgPerKg = r.bolusDoseMgPerKg();
        }
        if (r.bolusMinutes() != null) {
            p.bolusMinutes = r.bolusMinutes();
        }
        if (r.infusionCount() != null) {
            p.infusionCount = r.infusionCount();
        }
        if (r.infusionIntervalDays() != null) {
            p.infusionIntervalDays = r.infusionIntervalDays();
        }
        if (r.therapySessionCount() != null) {
            p.therapySessionCount = r.therapySessionCount();
        }
        if (r.aminoAcidSessionCount() != null) {
            p.aminoAcidSessionCount = r.aminoAcidSessionCount();
        }
        if (r.groupSessionsPerWeek() != null) {
            p.groupSessionsPerWeek = r.groupSessionsPerWeek();
        }
        if (r.familySessionCount() != null) {
            p.familySessionCount = r.familySessionCount();
        }
        if (r.aftercareWeeks() != null) {
            p.aftercareWeeks = r.aftercareWeeks();
        }
        check(p);
    }

    private static void check(TreatmentPlan p) {
        PrescriptionRules.check(p.route, p.doseMgPerKg, p.infusionMinutes, p.bolusDoseMgPerKg, p.bolusMinutes,
                p.infusionCount, p.infusionIntervalDays);
    }
}
