package org.riverwoods.kap.intake.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.consent.Consent;
import org.riverwoods.kap.intake.consent.ConsentKind;
import org.riverwoods.kap.intake.eligibility.IntakeEligibility;
import org.riverwoods.kap.intake.history.SubstanceHistory;
import org.riverwoods.kap.intake.intake.Intake;
import org.riverwoods.kap.intake.intake.IntakeRecorded;
import org.riverwoods.kap.intake.intake.IntakeRecords;
import org.riverwoods.kap.intake.intake.IntakeStatus;
import org.riverwoods.kap.intake.patient.Patient;
import org.riverwoods.kap.intake.patient.PatientService;
import org.riverwoods.kap.intake.screening.Instrument;
import org.riverwoods.kap.intake.screening.Screening;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;

import io.quarkus.panache.common.Sort;

/**
 * The intake lifecycle. Status follows from what has been recorded (recomputed after every
 * recording); completion is an explicit act that needs everything plus treatment consent.
 */
@ApplicationScoped
public class IntakeService {

    static final String RESOURCE = IntakeRecords.RESOURCE;

    @Inject
    IntakeRecords records;

    @Inject
    PatientService patients;

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    IntakeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeView start(UUID patientId) {
        access.require(patientId, RESOURCE);
        patients.requireExists(patientId);
        if (Intake.count("patientId = ?1 and status <> ?2", patientId, IntakeStatus.COMPLETED) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This patient already has an open intake; finish it before starting another");
        }
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.patientId = patientId;
        intake.status = IntakeStatus.STARTED;
        intake.startedAt = Instant.now();
        intake.persist();
        audit.record(AuditAction.CREATE, RESOURCE, patientId, intake.id);
        return view(intake);
    }

    @Transactional
    public IntakeView get(UUID intakeId) {
        Intake intake = records.find(intakeId);
        audit.record(AuditAction.READ, RESOURCE, intake.patientId, intake.id);
        return view(intake);
    }

    @Transactional
    public Page<IntakeView> list(UUID patientId, int page, int size) {
        access.require(patientId, RESOURCE);
        patients.requireExists(patientId);
        var query = Intake.<Intake>find("patientId", Sort.by("startedAt").and("id"), patientId);
        List<Intake> intakes = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, patientId, null);
        return Page.of(intakes.stream().map(this::view).toList(), page, size, query.count());
    }

    /** Moves the status forward to what has been recorded so far. */
    void progress(@Observes IntakeRecorded recorded) {
        Intake intake = recorded.intake();
        if (intake.status == IntakeStatus.COMPLETED) {
            return;
        }
        IntakeStatus reached = clinicalMissing(intake).isEmpty() ? IntakeStatus.ASSESSED : IntakeStatus.SCREENING;
        if (reached.ordinal() > intake.status.ordinal()) {
            intake.status = reached;
        }
    }

    @Transactional
    public IntakeView complete(UUID intakeId, String ifMatch) {
        Intake intake = records.findOpen(intakeId);
        ETags.requireMatch(ifMatch, intake.version);
        List<IntakeRequirement> missing = missing(intake);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "The intake cannot complete yet: "
                    + String.join("; ", missing.stream().map(IntakeRequirement::description).toList()));
        }
        intake.status = IntakeStatus.COMPLETED;
        intake.completedAt = Instant.now();
        Patient patient = patients.requireExists(intake.patientId);
        outbox.append(IntakeCompletion.event(intake, patient, latestScreenings(intake),
                SubstanceHistory.findById(intake.id), IntakeEligibility.findById(intake.id)));
        audit.record(AuditAction.UPDATE, RESOURCE, intake.patientId, intake.id);
        Intake.flush();
        return view(intake);
    }

    IntakeView view(Intake intake) {
        List<IntakeView.InstrumentScore> scores = latestScreenings(intake).stream()
                .map(s -> new IntakeView.InstrumentScore(s.instrument.name(), s.instrument.totalScoreLoinc(), s.total,
                        s.band.name(), s.flags.stream().map(Enum::name).toList(), s.administeredAt))
                .toList();
        IntakeEligibility eligibility = IntakeEligibility.findById(intake.id);
        return new IntakeView(intake.id, intake.patientId, intake.status, intake.startedAt, intake.completedAt, scores,
                eligibility == null ? null : eligibility.effectiveDecision().name(),
                Consent.hasActive(intake.patientId, ConsentKind.TREATMENT, Instant.now()),
                intake.status == IntakeStatus.COMPLETED ? List.of() : missing(intake), intake.version);
    }

    private List<IntakeRequirement> missing(Intake intake) {
        List<IntakeRequirement> missing = clinicalMissing(intake);
        if (!Consent.hasActive(intake.patientId, ConsentKind.TREATMENT, Instant.now())) {
            missing.add(new IntakeRequirement("TREATMENT_CONSENT", "an active treatment consent"));
        }
        return missing;
    }

    private List<IntakeRequirement> clinicalMissing(Intake intake) {
        List<IntakeRequirement> missing = new ArrayList<>();
        List<Instrument> scored = latestScreenings(intake).stream().map(s -> s.instrument).toList();
        for (Instrument required : settings.requiredInstruments()) {
            if (!scored.contains(required)) {
                missing.add(new IntakeRequirement("SCREENING_" + required.name(), "a scored " + required.displayName()));
            }
        }
        if (SubstanceHistory.findById(intake.id) == null) {
            missing.add(new IntakeRequirement("SUBSTANCE_HISTORY", "the substance-use history"));
        }
        if (IntakeEligibility.findById(intake.id) == null) {
            missing.add(new IntakeRequirement("CONTRAINDICATION_SCREEN", "the ketamine contraindication screen"));
        }
        return missing;
    }

    /** The most recent screening of each instrument in this intake. */
    static List<Screening> latestScreenings(Intake intake) {
        List<Screening> all = Screening.list("intakeId = ?1 order by administeredAt desc, recordedAt desc", intake.id);
        List<Screening> latest = new ArrayList<>();
        for (Screening s : all) {
            if (latest.stream().noneMatch(l -> l.instrument == s.instrument)) {
                latest.add(s);
            }
        }
        latest.sort(java.util.Comparator.comparing(s -> s.instrument));
        return latest;
    }
}
