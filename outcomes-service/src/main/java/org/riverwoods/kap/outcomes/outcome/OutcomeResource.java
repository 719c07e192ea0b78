package org.riverwoods.kap.outcomes.outcome;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "Percent days abstinent, heavy drinking days and time to relapse")
@SecurityRequirement(name = "SecurityScheme")
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "The patient's outcome figures as of a date (default today)",
            description = "Baseline and rolling-window percent days abstinent and heavy drinking days (unknown days are left "
                    + "out of the denominator and counted), and time to relapse by the rule of the patient's protocol.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "409", description = "No active plan known yet")
    public PatientOutcomes outcomes(@PathParam("patientId") UUID patientId,
            @Parameter(description = "YYYY-MM-DD") @QueryParam("asOf") LocalDate asOf) {
        return outcomes.of(patientId, asOf);
    }
}
