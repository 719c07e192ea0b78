package org.riverwoods.kap.intake.history;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/intakes/{intakeId}/substance-history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Substance history")
@SecurityRequirement(name = "SecurityScheme")
public class SubstanceHistoryResource {

    static final String EXAMPLE = """
            {
              "primarySubstance": "ALCOHOL",
              "substances": [
                { "substance": "ALCOHOL", "daysUsedLast30": 24, "lastUseOn": "2026-11-24", "route": "ORAL" },
                { "substance": "CANNABIS", "daysUsedLast30": 4, "lastUseOn": "2026-11-15", "route": "SMOKED" }
              ],
              "priorTreatmentEpisodes": 2,
              "currentMedications": [
                { "name": "Lorazepam", "dose": "1 mg twice daily", "benzodiazepine": true, "lorazepamEquivalentMgPerDay": 2.0 },
                { "name": "Sertraline", "dose": "50 mg daily", "benzodiazepine": false }
              ]
            }""";

    @Inject
    SubstanceHistoryService histories;

    @PUT
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST })
    @Operation(summary = "Record or correct the substance-use history",
            description = "The first recording needs no If-Match; a correction needs the ETag last read. The "
                    + "benzodiazepine total (lorazepam-equivalent mg/day) feeds the eligibility screen.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubstanceHistoryRequest.class),
            examples = @ExampleObject(name = "alcohol, cannabis", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded; ETag in the header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubstanceHistoryView.class),
                    examples = @ExampleObject(name = "recorded", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid history (e.g. primary substance not listed)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response record(@PathParam("intakeId") UUID intakeId,
            @Parameter(description = "ETag of the history being corrected")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SubstanceHistoryRequest request) {
        SubstanceHistoryView view = histories.record(intakeId, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read the substance-use history")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubstanceHistoryView.class),
                    examples = @ExampleObject(name = "history", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Not recorded yet")
    public Response get(@PathParam("intakeId") UUID intakeId) {
        SubstanceHistoryView view = histories.get(intakeId);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
