package org.riverwoods.kap.treatment.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.treatment.events.IntakeCompleted;
import org.riverwoods.kap.treatment.protocol.ProtocolTemplate;
import org.riverwoods.kap.treatment.review.ReviewQueue;
import org.riverwoods.kap.treatment.review.ReviewQueueEntry;
import org.riverwoods.kap.treatment.review.ReviewQueueEntry.ReviewReason;

/**
 * What a completed intake becomes: a draft plan from the template mapped to its primary substance
 * when the patient is eligible, otherwise an entry in the review queue. Called once per intake.
 */
@ApplicationScoped
public class PlanDrafting {

    static final String ELIGIBLE = "ELIGIBLE";

    @Inject
    PlanSettings settings;

    @Inject
    ReviewQueue reviews;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PlanHistory history;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onIntakeCompleted(IntakeCompleted intake) {
        if (TreatmentPlan.count("intakeId", intake.intakeId()) > 0
                || ReviewQueueEntry.findById(intake.intakeId()) != null) {
            return; // the same intake announced again: one plan per intake
        }
        List<ReviewReason> reasons = intake.eligibility().reasons() == null ? List.of()
                : intake.eligibility().reasons().stream()
                        .map(r -> new ReviewReason(r.code(), r.severity(), r.description())).toList();
        if (!ELIGIBLE.equals(intake.eligibility().decision())) {
            reviews.enqueue(intake.intakeId(), intake.patientId(), intake.eligibility().decision(), reasons,
                    intake.primarySubstance());
            return;
        }
        Optional<ProtocolTemplate> template = Optional.ofNullable(settings.templateBySubstance().get(intake.primarySubstance()))
                .flatMap(ProtocolTemplate::active);
        if (template.isEmpty()) {
            reviews.enqueue(intake.intakeId(), intake.patientId(), intake.eligibility().decision(),
                    List.of(new ReviewReason("NO_TEMPLATE_FOR_SUBSTANCE", "NEEDS_REVIEW",
                            "No protocol template is mapped to " + intake.primarySubstance()
                                    + " (kap.treatment.template-by-substance); choose one by hand")),
                    intake.primarySubstance());
            return;
        }
        TreatmentPlan plan = draft(intake, template.get());
        plan.persist();
        TreatmentPlan.flush();
        history.record(plan, PlanHistoryEntry.Change.DRAFTED, "Drafted from intake " + intake.intakeId(),
                "system:intake-service");
        outbox.append(PlanMapper.statusChanged(plan, null));
        audit.recordSystem("intake-service", AuditAction.CREATE, PlanService.RESOURCE, plan.patientId, plan.id);
    }

    private TreatmentPlan draft(IntakeCompleted intake, ProtocolTemplate t) {
        TreatmentPlan p = new TreatmentPlan();
        p.id = UUID.randomUUID();
        p.patientId = intake.patientId();
        p.intakeId = intake.intakeId();
        p.templateId = t.id;
        p.templateCode = t.code;
        p.templateVersion = t.version;
        p.planVersion = 1;
        p.status = PlanStatus.DRAFT;
        p.primarySubstance = intake.primarySubstance();
        p.sex = intake.sex();
        p.weightKg = intake.weightKg();
        p.weightMeasuredOn = intake.weightMeasuredOn();
        p.route = t.route;
        p.doseMgPerKg = t.doseMgPerKg;
        p.infusionMinutes = t.infusionMinutes;
        p.bolusDoseMgPerKg = t.bolusDoseMgPerKg;
        p.bolusMinutes = t.bolusMinutes;
        p.infusionCount = t.infusionCount;
        p.infusionIntervalDays = t.infusionIntervalDays;
        p.firstInfusionDay = t.firstInfusionDay;
        p.prerequisites = List.copyOf(t.prerequisites);
        p.therapyModality = t.therapyModality;
        p.therapySessionCount = t.therapySessionCount;
        p.aminoAcidSessionCount = settings.components().aminoAcidSessions();
        p.groupSessionsPerWeek = settings.components().groupSessionsPerWeek();
        p.familySessionCount = settings.components().familySessions();
        p.aftercareWeeks = settings.components().aftercareWeeks();
        p.totalWeeks = t.totalWeeks;
        p.relapseRule = t.relapseRule;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        return p;
    }
}
