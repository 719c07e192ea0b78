package org.riverwoods.kap.treatment.protocol;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Roles;

@Path("/api/v1/protocol-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Protocol templates", description = "Treatment protocols from published trials, versioned")
@SecurityRequirement(name = "SecurityScheme")
public class TemplateResource {

    static final String DAKWAR_2020 = """
            {
              "code": "DAKWAR_2020",
              "name": "Dakwar 2020: ketamine with motivational enhancement therapy for alcohol use disorder",
              "source": "Dakwar et al. 2020, Am J Psychiatry",
              "targetSubstances": ["ALCOHOL"],
              "route": "IV",
              "doseMgPerKg": 0.71,
              "infusionMinutes": 52,
              "bolusDoseMgPerKg": 0.11,
              "bolusMinutes": 2,
              "infusionCount": 1,
              "infusionIntervalDays": 0,
              "firstInfusionDay": 7,
              "prerequisites": ["QUIT_DAY_AT_LEAST_24_HOURS_AFTER_LAST_DRINK"],
              "therapyModality": "MOTIVATIONAL_ENHANCEMENT_THERAPY",
              "therapySessionCount": 6,
              "therapyCadence": "Weekly MET for 5 weeks (5) plus one session 24 h after the infusion",
              "totalWeeks": 5,
              "primaryOutcome": "Abstinence (TLFB and urine EtG) over the 21 days after the infusion; heavy drinking days",
              "relapseRule": "FIRST_HEAVY_DRINKING_DAY"
            }""";

    static final String VIEW = """
            {
              "id": "0a6f6c1e-4b8a-4d55-9a0e-000000000003", "code": "DAKWAR_2020", "version": 1, "status": "ACTIVE",
              "name": "Dakwar 2020: ketamine with motivational enhancement therapy for alcohol use disorder",
              "source": "Dakwar et al. 2020, Am J Psychiatry", "targetSubstances": ["ALCOHOL"], "route": "IV",
              "doseMgPerKg": 0.710, "infusionMinutes": 52, "bolusDoseMgPerKg": 0.110, "bolusMinutes": 2,
              "maintenanceDoseMgPerKg": 0.600, "maintenanceMinutes": 50, "infusionCount": 1, "infusionIntervalDays": 0,
              "firstInfusionDay": 7, "prerequisites": ["QUIT_DAY_AT_LEAST_24_HOURS_AFTER_LAST_DRINK"],
              "therapyModality": "MOTIVATIONAL_ENHANCEMENT_THERAPY", "therapySessionCount": 6,
              "therapyCadence": "Weekly MET for 5 weeks (5) plus one session 24 h after the infusion", "totalWeeks": 5,
              "primaryOutcome": "Abstinence (TLFB and urine EtG) over the 21 days after the infusion; heavy drinking days",
              "relapseRule": "FIRST_HEAVY_DRINKING_DAY", "createdAt": "2026-01-01T00:00:00Z"
            }""";

    @Inject
    TemplateService templates;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "List templates (active versions, or every version)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{ \"items\": [" + VIEW
                    + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }")))
    public Page<TemplateView> list(@QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return templates.list(includeSuperseded, page, size);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "The active version of a template")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class), examples = @ExampleObject(name = "Dakwar 2020", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No such template")
    public TemplateView get(@PathParam("code") String code) {
        return templates.active(code);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @RolesAllowed({ Roles.PRESCRIBER, Roles.NURSE, Roles.THERAPIST, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "One version of a template, active or superseded")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class), examples = @ExampleObject(name = "Dakwar 2020", value = VIEW)))
    @APIResponse(responseCode = "404", description = "No such version")
    public TemplateView version(@PathParam("code") String code, @PathParam("version") int version) {
        return templates.version(code, version);
    }

    @POST
    @Transactional
    @RolesAllowed({ Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Create a custom template (version 1)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateRequest.class), examples = @ExampleObject(name = "template", value = DAKWAR_2020)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class), examples = @ExampleObject(name = "created", value = VIEW)))
    @APIResponse(responseCode = "409", description = "The code exists: add a version instead")
    public Response create(@Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull TemplateRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            TemplateView created = templates.create(request);
            return new IdempotentCreation.Created(uri.getAbsolutePathBuilder().path(created.code()).build(), created);
        });
    }

    @POST
    @Path("/{code}/versions")
    @Transactional
    @RolesAllowed({ Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "Edit a template: write its next version",
            description = "The new version becomes active; the old one is kept (superseded) for the plans drafted from it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateRequest.class), examples = @ExampleObject(name = "template", value = DAKWAR_2020)))
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class), examples = @ExampleObject(name = "version 2", value = VIEW)))
    public Response newVersion(@PathParam("code") String code,
            @Parameter(description = "Client-chosen key; a retry returns the first response")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull TemplateRequest request) {
        return idempotent.create(idempotencyKey, request, () -> {
            TemplateView created = templates.newVersion(code, request);
            return new IdempotentCreation.Created(
                    uri.getAbsolutePathBuilder().path(Integer.toString(created.version())).build(), created);
        });
    }
}
