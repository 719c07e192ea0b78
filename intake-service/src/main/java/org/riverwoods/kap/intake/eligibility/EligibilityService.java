package org.riverwoods.kap.intake.eligibility;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.intake.Intake;
import org.riverwoods.kap.intake.intake.IntakeRecords;
import org.riverwoods.kap.intake.patient.Patient;
import org.riverwoods.kap.intake.patient.PatientService;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.security.Caller;

/**
 * Records the contraindication screen and decides eligibility from it. Recording a new screen
 * replaces the decision and drops any earlier override: an override answered the old facts.
 */
@ApplicationScoped
public class EligibilityService {

    static final String RESOURCE = "Eligibility";

    @Inject
    EligibilityRules rules;

    @Inject
    IntakeRecords intakes;

    @Inject
    PatientService patients;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional
    public EligibilityView recordScreen(java.util.UUID intakeId, String ifMatch, ContraindicationScreen screen) {
        Intake intake = intakes.findOpen(intakeId);
        IntakeEligibility eligibility = IntakeEligibility.findById(intakeId);
        if (eligibility == null) {
            eligibility = new IntakeEligibility();
            eligibility.intakeId = intakeId;
            eligibility.patientId = intake.patientId;
        } else {
            ETags.requireMatch(ifMatch, eligibility.version);
        }
        eligibility.screen = screen;
        eligibility.assessedBy = caller.subject();
        decide(eligibility, patients.requireExists(intake.patientId));
        if (!eligibility.isPersistent()) {
            eligibility.persist();
        }
        IntakeEligibility.flush();
        intakes.recorded(intake);
        audit.record(AuditAction.UPDATE, RESOURCE, intake.patientId, intakeId);
        return EligibilityMapper.toView(eligibility);
    }

    /** A suicide-risk flag raised after the screen changes the facts: decide again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconsider(Intake intake) {
        IntakeEligibility eligibility = IntakeEligibility.findById(intake.id);
        if (eligibility != null) {
            decide(eligibility, patients.requireExists(intake.patientId));
        }
    }

    @Transactional
    public EligibilityView get(java.util.UUID intakeId) {
        Intake intake = intakes.find(intakeId);
        IntakeEligibility eligibility = IntakeEligibility.findById(intakeId);
        if (eligibility == null) {
            throw ProblemException.notFound("The contraindication screen of intake " + intakeId);
        }
        audit.record(AuditAction.READ, RESOURCE, intake.patientId, intakeId);
        return EligibilityMapper.toView(eligibility);
    }

    @Transactional
    public EligibilityView override(java.util.UUID intakeId, String ifMatch, OverrideRequest request) {
        Intake intake = intakes.findOpen(intakeId);
        IntakeEligibility eligibility = IntakeEligibility.findById(intakeId);
        if (eligibility == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Record the contraindication screen before overriding its decision");
        }
        ETags.requireMatch(ifMatch, eligibility.version);
        try {
            rules.validateOverride(eligibility.computed(), request.decision(), request.justification());
        } catch (OverrideNotAllowedException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
        eligibility.overrideDecision = request.decision();
        eligibility.overrideJustification = request.justification().trim();
        eligibility.overriddenBy = caller.subject();
        eligibility.overriddenAt = Instant.now();
        IntakeEligibility.flush();
        outbox.append(EligibilityMapper.decided(eligibility));
        audit.record(AuditAction.UPDATE, "EligibilityOverride", intake.patientId, intakeId);
        return EligibilityMapper.toView(eligibility);
    }

    private void decide(IntakeEligibility eligibility, Patient patient) {
        EligibilityAssessment assessment = rules.assess(eligibility.screen, patient.suicideRiskFlaggedAt != null);
        eligibility.decision = assessment.decision();
        eligibility.reasons = assessment.reasons();
        eligibility.assessedAt = Instant.now();
        eligibility.overrideDecision = null;
        eligibility.overrideJustification = null;
        eligibility.overriddenBy = null;
        eligibility.overriddenAt = null;
        outbox.append(EligibilityMapper.decided(eligibility));
    }
}
