package org.riverwoods.kap.treatment.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/** A prescriber signed a plan and its ketamine prescription. */
public record TreatmentPlanApproved(UUID planId, UUID patientId, UUID intakeId, int planVersion, String templateCode,
        int templateVersion, String primarySubstance, String relapseRule, Prescription prescription,
        String therapyModality, int therapySessionCount, int totalWeeks, String prescriber, Instant approvedAt,
        String prescriptionDigest) implements DomainEvent {

    public record Prescription(String route, BigDecimal doseMgPerKg, Integer infusionMinutes,
            BigDecimal bolusDoseMgPerKg, Integer bolusMinutes, int infusionCount, int infusionIntervalDays,
            int firstInfusionDay) {
    }

    @Override
    public String topic() {
        return Topics.PLANS;
    }

    @Override
    public UUID subjectId() {
        return patientId;
    }
}
