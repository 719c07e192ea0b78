package org.riverwoods.kap.kit.access;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemMappers;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A request refused by role ({@code @RolesAllowed}) answers 403 problem+json and, like a refusal by
 * {@link PatientAccess}, is written to the audit trail: who asked, with which roles, for which record
 * (the patient named in the path, if any). The role check may refuse on the event loop, so the entry is
 * then written on a worker thread, with the caller read before leaving the request's thread.
 */
public class RoleRefusals {

    static final String PATIENT_PARAMETER = "patientId";

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @ServerExceptionMapper
    public Uni<Response> refusedByRole(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
        String actor = caller.subject();
        String roles = caller.roles();
        String resourceType = resourceType(resource);
        UUID patientId = uuidOrNull(uri, PATIENT_PARAMETER);
        String resourceId = lastId(uri);
        Response refused = ProblemMappers.respond(
                Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation"));
        if (BlockingOperationControl.isBlockingAllowed()) {
            audit.recordRefused(actor, roles, resourceType, patientId, resourceId);
            return Uni.createFrom().item(refused);
        }
        return Uni.createFrom().item(() -> {
            audit.recordRefused(actor, roles, resourceType, patientId, resourceId);
            return refused;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The resource class without "Resource", e.g. Consent, PatientIntake, DeadLetter. */
    static String resourceType(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "Unknown";
        }
        String name = resource.getResourceClass().getSimpleName().replaceFirst("Resource$", "");
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    static UUID uuidOrNull(UriInfo uri, String parameter) {
        String value = uri.getPathParameters().getFirst(parameter);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    /** The most specific record in the path: its last id (a consent rather than its patient), if any. */
    private static String lastId(UriInfo uri) {
        String id = null;
        for (PathSegment segment : uri.getPathSegments()) {
            try {
                id = UUID.fromString(segment.getPath()).toString();
            } catch (IllegalArgumentException notAnId) {
                // a word of the path, e.g. "consents"
            }
        }
        return id;
    }
}
