package org.riverwoods.kap.infusion.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.infusion.dose.DoseCalculation;

@Schema(name = "InfusionSession", description = "An infusion visit; times UTC")
public record SessionView(UUID id, UUID appointmentId, UUID patientId, UUID planId, int planVersion,
        int infusionNumber, int infusionCount, Instant scheduledStart, SessionStatus status, String statusReason,
        Order order, Instant checkedInAt, BigDecimal weightKg,
        @Schema(description = "The latest run of the safety gate; it decides") PreAssessmentRecord preAssessment,
        @Schema(description = "Every run of the safety gate, oldest first") List<PreAssessmentRecord> preAssessmentRuns,
        @Schema(description = "The prescription was amended after check-in: dose and second check again")
        Instant orderAmendedAt, DoseCalculation dose, String lotNumber, String doseCalculatedBy, String doseVerifiedBy,
        Instant dosingStartedAt, Instant infusionEndedAt, Instant dischargedAt, long version) {

    @Schema(name = "InfusionOrder", description = "The signed prescription, per kg")
    public record Order(String route, BigDecimal doseMgPerKg, Integer infusionMinutes, BigDecimal bolusDoseMgPerKg,
            Integer bolusMinutes, String prescriber) {
    }

    /**
     * What the patient herself sees: not the safety gate's record nor why a visit was deferred or
     * stopped, which can name a suicide-risk flag (her timeline leaves those lines out too; a
     * clinician tells her).
     */
    SessionView forPatient() {
        return new SessionView(id, appointmentId, patientId, planId, planVersion, infusionNumber, infusionCount,
                scheduledStart, status, null, order, checkedInAt, weightKg, null, List.of(), orderAmendedAt, dose,
                lotNumber, doseCalculatedBy, doseVerifiedBy, dosingStartedAt, infusionEndedAt, dischargedAt, version);
    }

    static SessionView of(InfusionSession s) {
        return new SessionView(s.id, s.appointmentId, s.patientId, s.planId, s.planVersion, s.infusionNumber,
                s.infusionCount, s.scheduledStart, s.status, s.statusReason,
                new Order(s.route, s.doseMgPerKg, s.infusionMinutes, s.bolusDoseMgPerKg, s.bolusMinutes, s.prescriber),
                s.checkedInAt, s.weightKg, s.latestPreAssessment(), List.copyOf(s.preAssessmentRuns), s.orderAmendedAt, s.dose, s.lotNumber, s.doseCalculatedBy, s.doseVerifiedBy,
                s.dosingStartedAt, s.infusionEndedAt, s.dischargedAt, s.rowVersion);
    }
}
