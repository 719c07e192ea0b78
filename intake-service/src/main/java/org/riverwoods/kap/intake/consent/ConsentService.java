package org.riverwoods.kap.intake.consent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.intake.patient.PatientService;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/** Records and revokes consents. A revocation counts from the moment it is committed. */
@ApplicationScoped
public class ConsentService {

    static final String RESOURCE = "Consent";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    PatientService patients;

    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentView grant(UUID patientId, ConsentRequest request) {
        access.require(patientId, RESOURCE);
        patients.requireExists(patientId);
        if (caller.isPatientOnly() && request.kind() != ConsentKind.PART2_DEIDENTIFIED_DISCLOSURE) {
            throw ProblemException.forbidden("Treatment consent is signed with a clinician, who records it");
        }
        validateScope(request);
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.patientId = patientId;
        ConsentMapper.apply(request, consent);
        consent.recordedAt = Instant.now();
        consent.recordedBy = caller.subject();
        consent.persist();
        outbox.append(ConsentMapper.granted(consent));
        audit.record(AuditAction.CREATE, RESOURCE, patientId, consent.id);
        return ConsentMapper.toView(consent, consent.recordedAt);
    }

    @Transactional
    public ConsentView revoke(UUID patientId, UUID consentId, RevocationRequest request) {
        access.require(patientId, RESOURCE);
        Consent consent = find(patientId, consentId);
        if (consent.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This consent was already revoked at " + consent.revokedAt);
        }
        consent.revokedAt = Instant.now();
        consent.revokedBy = caller.subject();
        consent.revocationReason = request.reason().trim();
        outbox.append(ConsentMapper.revoked(consent));
        audit.record(AuditAction.UPDATE, RESOURCE, consent.patientId, consent.id);
        return ConsentMapper.toView(consent, consent.revokedAt);
    }

    @Transactional
    public ConsentView get(UUID patientId, UUID consentId) {
        access.require(patientId, RESOURCE);
        Consent consent = find(patientId, consentId);
        audit.record(AuditAction.READ, RESOURCE, consent.patientId, consent.id);
        return ConsentMapper.toView(consent, Instant.now());
    }

    @Transactional
    public Page<ConsentView> list(UUID patientId, int page, int size) {
        access.require(patientId, RESOURCE);
        patients.requireExists(patientId);
        var query = Consent.<Consent>find("patientId", Sort.by("signedAt").and("id"), patientId);
        List<Consent> consents = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, patientId, null);
        Instant now = Instant.now();
        return Page.of(consents.stream().map(c -> ConsentMapper.toView(c, now)).toList(), page, size, query.count());
    }

    private static void validateScope(ConsentRequest request) {
        boolean hasScope = request.scope() != null && !request.scope().isEmpty();
        if (request.kind() == ConsentKind.PART2_DEIDENTIFIED_DISCLOSURE && !hasScope) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "A Part 2 disclosure consent must name its scope (PROGRAM_ANALYTICS, RESEARCH)");
        }
        if (request.kind() == ConsentKind.TREATMENT && hasScope) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Treatment consent has no disclosure scope");
        }
        if (request.expiresOn() != null
                && request.expiresOn().isBefore(request.signedAt().atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "expiresOn is before the signature date");
        }
    }

    private static Consent find(UUID patientId, UUID consentId) {
        Consent consent = Consent.findById(consentId);
        if (consent == null || !consent.patientId.equals(patientId)) {
            throw ProblemException.notFound("Consent " + consentId);
        }
        return consent;
    }
}
