package org.riverwoods.kap.intake.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.intake.Intake;
import org.riverwoods.kap.intake.intake.IntakeRecords;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.security.Caller;

/** The substance-use history of an intake: recorded once, corrected with If-Match. */
@ApplicationScoped
public class SubstanceHistoryService {

    static final String RESOURCE = "SubstanceHistory";

    @Inject
    IntakeRecords intakes;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional
    public SubstanceHistoryView record(UUID intakeId, String ifMatch, SubstanceHistoryRequest request) {
        Intake intake = intakes.findOpen(intakeId);
        validate(request);
        SubstanceHistory history = SubstanceHistory.findById(intakeId);
        if (history == null) {
            history = new SubstanceHistory();
            history.intakeId = intakeId;
            history.patientId = intake.patientId;
        } else {
            ETags.requireMatch(ifMatch, history.version);
        }
        history.primarySubstance = request.primarySubstance();
        history.substances = request.substances();
        history.priorTreatmentEpisodes = request.priorTreatmentEpisodes();
        history.medications = request.currentMedications();
        history.benzodiazepineLorazepamEqMgPerDay = benzodiazepineTotal(request);
        history.recordedAt = Instant.now();
        history.recordedBy = caller.subject();
        if (!history.isPersistent()) {
            history.persist();
        }
        SubstanceHistory.flush();
        intakes.recorded(intake);
        audit.record(AuditAction.UPDATE, RESOURCE, intake.patientId, intakeId);
        return toView(history);
    }

    @Transactional
    public SubstanceHistoryView get(UUID intakeId) {
        Intake intake = intakes.find(intakeId);
        SubstanceHistory history = SubstanceHistory.findById(intakeId);
        if (history == null) {
            throw ProblemException.notFound("The substance history of intake " + intakeId);
        }
        audit.record(AuditAction.READ, RESOURCE, intake.patientId, intakeId);
        return toView(history);
    }

    /** Sum in BigDecimal: the eligibility limit is compared to this exact figure. */
    static BigDecimal benzodiazepineTotal(SubstanceHistoryRequest request) {
        return request.currentMedications().stream()
                .filter(Medication::benzodiazepine)
                .map(Medication::lorazepamEquivalentMgPerDay)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void validate(SubstanceHistoryRequest request) {
        long distinct = request.substances().stream().map(SubstanceUse::substance).distinct().count();
        if (distinct != request.substances().size()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Each substance may be listed once");
        }
        if (request.substances().stream().noneMatch(s -> s.substance() == request.primarySubstance())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "primarySubstance must be one of the substances listed");
        }
        for (Medication medication : request.currentMedications()) {
            if (medication.benzodiazepine() && medication.lorazepamEquivalentMgPerDay() == null) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "Benzodiazepine '" + medication.name() + "' needs lorazepamEquivalentMgPerDay");
            }
        }
    }

    private static SubstanceHistoryView toView(SubstanceHistory h) {
        return new SubstanceHistoryView(h.intakeId, h.patientId, h.primarySubstance, h.secondarySubstances(),
                h.substances, h.priorTreatmentEpisodes, h.medications, h.benzodiazepineLorazepamEqMgPerDay,
                h.recordedAt, h.version);
    }
}
