package org.riverwoods.kap.outcomes.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/patients/{patientId}/diary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Diary", description = "Timeline Followback: what was used each day")
@SecurityRequirement(name = "SecurityScheme")
public class DiaryResource {

    @Inject
    DiaryService diary;

    @PUT
    @Path("/{day}")
    @RolesAllowed({ Roles.PATIENT, Roles.NURSE, Roles.THERAPIST, Roles.PRESCRIBER })
    @Operation(summary = "Record a day (today or a past day); an empty list means nothing was used",
            description = "A patient records their own days from the app. No future days. Correcting a day needs its ETag in "
                    + "If-Match; the previous version is kept and the edit audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "drinking day", value = "{ \"entries\": [ { \"substance\": \"ALCOHOL\", \"amount\": 6 } ] }"),
            @ExampleObject(name = "abstinent day", value = "{ \"entries\": [] }") }))
    @APIResponse(responseCode = "200", description = "Recorded; ETag in the header")
    @APIResponse(responseCode = "400", description = "Future day, unknown substance, amount out of range")
    @APIResponse(responseCode = "412", description = "Stale If-Match on a correction")
    @APIResponse(responseCode = "428", description = "Correction without If-Match")
    public Response record(@PathParam("patientId") UUID patientId,
            @Parameter(description = "YYYY-MM-DD") @PathParam("day") LocalDate day,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DiaryDayRequest request) {
        DiaryDayView view = diary.record(patientId, day, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PATIENT, Roles.NURSE, Roles.THERAPIST, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The recorded days between two dates (inclusive), oldest first; missing days are unknown")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<DiaryDayView> days(@PathParam("patientId") UUID patientId,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("31") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return diary.days(patientId, from, to, page, size);
    }

    @GET
    @Path("/{day}/history")
    @RolesAllowed({ Roles.NURSE, Roles.THERAPIST, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Earlier versions of a day, oldest first")
    @APIResponse(responseCode = "200", description = "The replaced versions")
    public List<DiaryDayHistory> history(@PathParam("patientId") UUID patientId, @PathParam("day") LocalDate day) {
        return diary.history(patientId, day);
    }
}
