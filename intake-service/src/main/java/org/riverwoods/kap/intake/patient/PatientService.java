package org.riverwoods.kap.intake.patient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.events.SuicideRiskReviewed;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.inbox.PoisonMessageException;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/**
 * Registration and upkeep of patient records. Every change writes its event to the outbox and
 * every access its audit entry, in the same transaction as the change itself.
 */
@ApplicationScoped
public class PatientService {

    static final String RESOURCE = "Patient";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public PatientView register(PatientDetails details) {
        rejectDuplicateRecordNumber(details.medicalRecordNumber(), null);
        Patient patient = new Patient();
        patient.id = UUID.randomUUID();
        PatientMapper.apply(details, patient);
        patient.registeredAt = Instant.now();
        patient.updatedAt = patient.registeredAt;
        patient.persist();
        outbox.append(PatientMapper.registered(patient));
        audit.record(AuditAction.CREATE, RESOURCE, patient.id, patient.id);
        return PatientMapper.toView(patient);
    }

    @Transactional
    public PatientView get(UUID patientId) {
        access.require(patientId, RESOURCE);
        Patient patient = find(patientId);
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId);
        return viewFor(patient);
    }

    @Transactional
    public Page<PatientView> list(int page, int size) {
        if (caller.isPatientOnly()) {
            // a patient's list is their own record, nothing else
            List<PatientView> own = caller.ownPatientId().map(id -> Patient.<Patient>findById(id))
                    .map(p -> List.of(viewFor(p))).orElse(List.of());
            own.forEach(p -> audit.record(AuditAction.LIST, RESOURCE, p.id(), p.id()));
            return Page.of(page == 0 ? own : List.of(), page, size, own.size());
        }
        var query = Patient.<Patient>findAll(Sort.by("registeredAt").and("id"));
        List<Patient> patients = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        patients.forEach(p -> audit.record(AuditAction.LIST, RESOURCE, p.id, p.id));
        return Page.of(patients.stream().map(PatientMapper::toView).toList(), page, size, query.count());
    }

    @Transactional
    public PatientView update(UUID patientId, String ifMatch, PatientDetails details) {
        Patient patient = find(patientId);
        ETags.requireMatch(ifMatch, patient.version);
        rejectDuplicateRecordNumber(details.medicalRecordNumber(), patientId);
        PatientMapper.apply(details, patient);
        patient.updatedAt = Instant.now();
        Patient.flush(); // takes the new version, and fails with 412 if someone else committed first
        outbox.append(PatientMapper.updated(patient));
        audit.record(AuditAction.UPDATE, RESOURCE, patientId, patientId);
        return PatientMapper.toView(patient);
    }

    /**
     * A weight measured at an infusion check-in replaces the recorded one when it is newer; older or
     * equal-dated measurements (a replayed or late event) leave the record as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCheckInWeight(UUID patientId, BigDecimal weightKg, Instant measuredAt) {
        Patient patient = Patient.findById(patientId);
        if (patient == null) {
            throw new PoisonMessageException("Check-in for an unknown patient");
        }
        LocalDate measuredOn = measuredAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (!measuredOn.isAfter(patient.weightMeasuredOn)) {
            return;
        }
        patient.weightKg = weightKg.setScale(1, RoundingMode.HALF_UP);
        patient.weightMeasuredOn = measuredOn;
        patient.updatedAt = Instant.now();
        Patient.flush();
        outbox.append(PatientMapper.updated(patient));
        audit.recordSystem("infusion-service", AuditAction.UPDATE, RESOURCE, patientId, patientId);
    }

    /** Staff see the whole record; a patient sees hers without the staff-only suicide-risk flag. */
    private PatientView viewFor(Patient patient) {
        PatientView view = PatientMapper.toView(patient);
        return caller.isPatientOnly() ? view.asSeenByPatient() : view;
    }

    /** For the other concepts of intake: a 404 for an unknown patient before anything is written. */
    public Patient requireExists(UUID patientId) {
        return find(patientId);
    }

    /**
     * A PHQ-9 with item 9 above the alert setting flags the patient for same-day follow-up whatever the
     * total. Only a clinician's review clears the flag; a newer positive screening replaces the reference
     * (null when the PHQ-9 was answered during treatment: outcomes-service keeps that questionnaire).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagSuicideRisk(UUID patientId, UUID screeningId, Instant at) {
        Patient patient = find(patientId);
        patient.suicideRiskFlaggedAt = at;
        patient.suicideRiskScreeningId = screeningId;
        patient.updatedAt = Instant.now();
    }

    /**
     * A PHQ-9 answered during treatment (outcomes-service's SuicideRiskReported) flags the patient as one
     * at intake does. Outcomes only takes questionnaires of patients intake registered, so an unknown
     * patient is a reference the producer could never have made: poison, as for a check-in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagReportedSuicideRisk(UUID patientId, Instant answeredAt) {
        if (Patient.findById(patientId) == null) {
            throw new PoisonMessageException("Suicide-risk report for an unknown patient");
        }
        flagSuicideRisk(patientId, null, answeredAt);
        audit.recordSystem("outcomes-service", AuditAction.UPDATE, RESOURCE, patientId, patientId);
    }

    /**
     * A same-day assessment was done: the flag is cleared and the assessment kept. SuicideRiskReviewed
     * clears it on the other services too; the note and the reviewer stay here.
     */
    @Transactional
    public PatientView reviewSuicideRisk(UUID patientId, SuicideRiskReviewRequest request) {
        Patient patient = find(patientId);
        if (patient.suicideRiskFlaggedAt == null) {
            throw new ProblemException(ProblemType.CONFLICT, "This patient has no suicide-risk flag to review");
        }
        SuicideRiskReview review = new SuicideRiskReview();
        review.id = UUID.randomUUID();
        review.patientId = patientId;
        review.screeningId = patient.suicideRiskScreeningId;
        review.outcome = request.outcome();
        review.note = request.note().trim();
        // to the microsecond, as PostgreSQL keeps it: the event says the time the record holds
        review.reviewedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        review.reviewedBy = caller.subject();
        review.persist();
        patient.suicideRiskFlaggedAt = null;
        patient.suicideRiskScreeningId = null;
        patient.updatedAt = review.reviewedAt;
        Patient.flush();
        outbox.append(new SuicideRiskReviewed(patientId, review.id, review.outcome.name(), review.reviewedAt));
        audit.record(AuditAction.UPDATE, "SuicideRiskReview", patientId, review.id);
        return PatientMapper.toView(patient);
    }

    private static Patient find(UUID patientId) {
        Patient patient = Patient.findById(patientId);
        if (patient == null) {
            throw ProblemException.notFound("Patient " + patientId);
        }
        return patient;
    }

    private static void rejectDuplicateRecordNumber(String recordNumber, UUID self) {
        if (recordNumber == null || recordNumber.isBlank()) {
            return;
        }
        Patient other = Patient.find("medicalRecordNumber", recordNumber.trim()).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Another patient already has this medical record number");
        }
    }
}
