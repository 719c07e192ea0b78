package org.riverwoods.kap.kit.access;

import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.riverwoods.kap.kit.security.Caller;

/**
 * A patient token that names another patient's record in the path is refused (403, audited) before
 * the request body is read: otherwise a body that fails validation would answer 400 and the attempt
 * would leave no trace. The services check again where they load the record ({@link PatientAccess}).
 * Runs after the role check and, for blocking resource methods, on the worker thread.
 */
public class PatientScopeFilter {

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @Inject
    Instance<PatientOwners> owners;

    @ServerRequestFilter
    public void ownRecordsOnly(UriInfo uri, SimpleResourceInfo resource) {
        if (!caller.isPatientOnly()) {
            return;
        }
        String resourceType = RoleRefusals.resourceType(resource);
        UUID patientId = RoleRefusals.uuidOrNull(uri, RoleRefusals.PATIENT_PARAMETER);
        if (patientId != null) {
            access.require(patientId, resourceType);
        }
        for (PatientOwners owner : owners) {
            UUID recordId = RoleRefusals.uuidOrNull(uri, owner.pathParameter());
            if (recordId != null) {
                owner.patientOf(recordId).ifPresent(patient -> access.require(patient, resourceType));
            }
        }
    }
}
