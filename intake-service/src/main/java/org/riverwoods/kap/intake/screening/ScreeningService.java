package org.riverwoods.kap.intake.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.eligibility.EligibilityService;
import org.riverwoods.kap.intake.intake.Intake;
import org.riverwoods.kap.intake.intake.IntakeRecords;
import org.riverwoods.kap.intake.patient.Patient;
import org.riverwoods.kap.intake.patient.PatientService;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * Scores questionnaires and keeps them. A PHQ-9 whose item 9 crosses the alert setting flags the
 * patient and publishes SuicideRiskFlagged in the same transaction as the score, whatever the total.
 */
@ApplicationScoped
public class ScreeningService {

    static final String RESOURCE = "Screening";

    @Inject
    ScreeningScorer scorer;

    @Inject
    IntakeRecords intakes;

    @Inject
    PatientService patients;

    @Inject
    EligibilityService eligibility;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public ScreeningView record(UUID intakeId, ScreeningRequest request) {
        Intake intake = intakes.findOpen(intakeId);
        Patient patient = patients.requireExists(intake.patientId);
        ScreeningResult result = scorer.score(request.instrument(), request.answers(), patient.sex);

        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.intakeId = intakeId;
        screening.patientId = intake.patientId;
        screening.instrument = request.instrument();
        screening.answers = List.copyOf(request.answers());
        ScreeningMapper.apply(result, screening);
        screening.recordedAt = Instant.now();
        screening.administeredAt = request.administeredAt() != null ? request.administeredAt() : screening.recordedAt;
        screening.recordedBy = caller.subject();
        screening.source = caller.isPatientOnly() ? ScreeningSource.PATIENT : ScreeningSource.CLINICIAN;
        screening.persist();
        outbox.append(ScreeningMapper.scored(screening));

        if (result.has(ScreeningFlag.SUICIDE_RISK)) {
            patients.flagSuicideRisk(intake.patientId, screening.id, screening.recordedAt);
            outbox.append(ScreeningMapper.suicideRisk(screening, intake.patientId));
            eligibility.reconsider(intake);
        }
        intakes.recorded(intake);
        audit.record(AuditAction.CREATE, RESOURCE, intake.patientId, screening.id);
        return ScreeningMapper.toView(screening);
    }

    @Transactional
    public ScreeningView get(UUID intakeId, UUID screeningId) {
        intakes.find(intakeId);
        Screening screening = Screening.findById(screeningId);
        if (screening == null || !screening.intakeId.equals(intakeId)) {
            throw ProblemException.notFound("Screening " + screeningId);
        }
        audit.record(AuditAction.READ, RESOURCE, screening.patientId, screeningId);
        return ScreeningMapper.toView(screening);
    }

    @Transactional
    public Page<ScreeningView> list(UUID intakeId, int page, int size) {
        Intake intake = intakes.find(intakeId);
        var query = Screening.<Screening>find("intakeId", Sort.by("administeredAt").and("id"), intakeId);
        List<Screening> screenings = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, intake.patientId, intakeId);
        return Page.of(screenings.stream().map(ScreeningMapper::toView).toList(), page, size, query.count());
    }
}
