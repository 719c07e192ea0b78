package org.riverwoods.kap.infusion.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/infusion-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Infusion sessions")
@SecurityRequirement(name = "SecurityScheme")
public class PatientSessionsResource {

    @Inject
    SessionService sessions;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "A patient's infusion sessions in time order; a patient sees only their own")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<SessionView> list(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return sessions.listForPatient(patientId, page, size);
    }
}
