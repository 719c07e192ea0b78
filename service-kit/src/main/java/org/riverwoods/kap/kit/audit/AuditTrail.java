package org.riverwoods.kap.kit.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes the audit trail. Successful access is recorded in the caller's transaction, so an
 * access that is rolled back leaves no entry and a committed one always has its entry.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String resourceType, UUID patientId, Object resourceId) {
        write(caller.subject(), caller.roles(), action, resourceType, patientId, resourceId, "SUCCESS");
    }

    /** For work done on behalf of another service's event, where no person is calling. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystem(String system, AuditAction action, String resourceType, UUID patientId,
            Object resourceId) {
        write("system:" + system, "system", action, resourceType, patientId, resourceId, "SUCCESS");
    }

    /** A refused attempt survives the rollback of the request that made it. */
    public void recordDenied(String resourceType, UUID patientId) {
        String subject = caller.subject();
        String roles = caller.roles();
        QuarkusTransaction.requiringNew().run(
                () -> write(subject, roles, AuditAction.DENIED, resourceType, patientId, patientId, "DENIED"));
    }

    /**
     * A refusal by role, written with the caller named by the one who saw it: the role check can refuse on
     * the event loop, before any request-scoped bean is usable on the thread that writes this.
     */
    public void recordRefused(String actor, String roles, String resourceType, UUID patientId, String resourceId) {
        QuarkusTransaction.requiringNew().run(
                () -> write(actor, roles, AuditAction.DENIED, resourceType, patientId, resourceId, "DENIED"));
    }

    private void write(String actor, String roles, AuditAction action, String resourceType, UUID patientId,
            Object resourceId, String outcome) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = actor;
        entry.actorRoles = roles;
        entry.action = action;
        entry.resourceType = resourceType;
        entry.patientId = patientId;
        entry.resourceId = resourceId == null ? null : resourceId.toString();
        entry.outcome = outcome;
        em.persist(entry);
    }
}
