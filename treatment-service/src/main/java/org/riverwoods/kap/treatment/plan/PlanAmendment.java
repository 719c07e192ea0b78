package org.riverwoods.kap.treatment.plan;

import org.riverwoods.kap.treatment.protocol.Route;
import org.riverwoods.kap.treatment.web.ProblemException;
import org.riverwoods.kap.treatment.web.ProblemType;

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
        if (p.route == Route.IM && (p.infusionMinutes != null || p.bolusDoseMgPerKg != null)) {
            throw invalid("An IM prescription has no infusion minutes and no bolus");
        }
        if (p.bolusDoseMgPerKg != null && p.bolusDoseMgPerKg.compareTo(p.doseMgPerKg) >= 0) {
            throw invalid("The bolus must be a part of the total dose");
        }
        if ((p.bolusDoseMgPerKg == null) != (p.bolusMinutes == null)) {
            throw invalid("A bolus needs both bolusDoseMgPerKg and bolusMinutes");
        }
        if (p.bolusMinutes != null && p.infusionMinutes != null && p.bolusMinutes >= p.infusionMinutes) {
            throw invalid("The bolus must run for less than the whole infusion");
        }
        if (p.infusionCount > 1 && p.infusionIntervalDays == 0) {
            throw invalid("Several infusions need an interval of at least one day");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail);
    }
}
