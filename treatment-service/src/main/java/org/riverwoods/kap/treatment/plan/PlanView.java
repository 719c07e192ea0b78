package org.riverwoods.kap.treatment.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.treatment.protocol.RelapseRule;
import org.riverwoods.kap.treatment.protocol.Route;
import org.riverwoods.kap.treatment.protocol.TherapyModality;
import org.riverwoods.kap.treatment.risk.SuicideRiskView;

@Schema(name = "TreatmentPlan", description = "A biopsychosocial treatment plan; timestamps UTC")
public record PlanView(UUID id, UUID patientId, UUID intakeId, String templateCode, int templateVersion,
        int planVersion, PlanStatus status, String statusReason, String primarySubstance, RelapseRule relapseRule,
        Prescription prescription, Components components, List<Phase> phases, Approval approval,
        @Schema(description = "The patient's suicide risk (PHQ-9 item 9 at intake or during treatment) and its "
                + "latest review; absent if she was never flagged, and always in the patient's own view (staff-only)",
                nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) SuicideRiskView suicideRisk,
        @Schema(description = "Day 0 of the protocol, from activation") LocalDate startDate, int completedInfusions,
        Instant createdAt,
        Instant updatedAt, long version) {

    @Schema(name = "KetaminePrescription", description = "What the prescriber signs")
    public record Prescription(Route route, BigDecimal doseMgPerKg, Integer infusionMinutes,
            BigDecimal bolusDoseMgPerKg, Integer bolusMinutes, BigDecimal maintenanceDoseMgPerKg,
            Integer maintenanceMinutes, int infusionCount, int infusionIntervalDays, int firstInfusionDay,
            List<String> prerequisites,
            @Schema(description = "Weight at intake, for reference; each infusion doses on the day's weight") BigDecimal intakeWeightKg,
            LocalDate intakeWeightMeasuredOn) {
    }

    @Schema(name = "PlanComponents", description = "The three components of the biopsychosocial model")
    public record Components(Biological biological, Psychological psychological, Social social) {
    }

    public record Biological(int ketamineInfusions, int aminoAcidSessions) {
    }

    public record Psychological(TherapyModality modality, int sessions) {
    }

    public record Social(int groupSessionsPerWeek, int familySessions, int aftercareWeeks) {
    }

    @Schema(name = "PlanPhase", description = "Weeks counted from the plan's start (week 1)")
    public record Phase(String phase, int fromWeek, int toWeek) {
    }

    @Schema(name = "PlanApproval")
    public record Approval(String prescriber, Instant approvedAt,
            @Schema(description = "SHA-256 of the signed prescription") String prescriptionDigest) {
    }
}
