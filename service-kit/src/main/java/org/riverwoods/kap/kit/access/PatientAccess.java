package org.riverwoods.kap.kit.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.security.Caller;

/** Enforces that a patient token opens only that patient's records, and audits every refusal. */
@ApplicationScoped
public class PatientAccess {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public void require(UUID patientId, String resourceType) {
        if (!caller.mayAccess(patientId)) {
            audit.recordDenied(resourceType, patientId);
            throw ProblemException.forbidden("A patient can see only their own records");
        }
    }
}
