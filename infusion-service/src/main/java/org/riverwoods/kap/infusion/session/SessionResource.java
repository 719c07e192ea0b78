package org.riverwoods.kap.infusion.session;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.IdempotentCreation;
import org.riverwoods.kap.kit.security.Roles;

/**
 * The steps of an infusion visit. Every step is a POST that moves the session on; an illegal step
 * answers 409 with problem+json. Sessions are created from treatment's InfusionScheduled events.
 */
@Path("/api/v1/infusion-sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Infusion sessions", description = "Check-in, safety gate, dose double check, infusion, vitals, discharge")
@SecurityRequirement(name = "SecurityScheme")
public class SessionResource {

    static final String CHECK_IN = """
            { "weightKg": 72.4, "concomitantMedications": { "sedatives": false, "stimulants": false, "maois": false } }""";
    static final String PRE_ASSESSMENT = """
            { "lastSolidsAt": "2026-12-01T06:30:00Z", "lastClearLiquidsAt": "2026-12-01T13:00:00Z",
              "pregnancyTestApplicable": true, "pregnancyTestNegative": true, "breathAlcoholGramsPerDecilitre": 0.000,
              "selfReportedIntoxication": false, "baselineSystolicMmHg": 128, "baselineDiastolicMmHg": 82,
              "baselineHeartRateBpm": 74, "baselineSpo2Percent": 98, "baselineRespiratoryRatePerMinute": 14,
              "prescriberOnSite": true }""";
    static final String DOSE = """
            { "concentrationMgPerMl": 1.0, "lotNumber": "KET-2611-0042" }""";
    static final String START = """
            { "vialId": "5d0c8a2e-7b3f-4e61-9a2d-1c4e8f6b7a90" }""";
    static final String VITALS = """
            { "systolicMmHg": 142, "diastolicMmHg": 88, "heartRateBpm": 92, "spo2Percent": 97,
              "respiratoryRatePerMinute": 14, "moaas": 4, "cadssTotal": 12, "source": "MONITOR" }""";
    static final String ADVERSE_EVENT = """
            { "type": "NAUSEA", "severity": "MILD", "actionsTaken": ["ONDANSETRON_4MG"], "notes": "Settled in 10 min" }""";
    static final String GATE_PROBLEM = """
            { "type": "urn:kap:problem:safety-gate-failed", "title": "Safety gate not passed", "status": 409,
              "detail": "Safety gate not passed: PRESCRIBER_ON_SITE: No prescriber on site",
              "violations": [ { "field": "PRESCRIBER_ON_SITE", "message": "No prescriber on site" } ] }""";

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @Inject
    SessionService sessions;

    @Inject
    CurrentSessionFacts facts;

    @Inject
    MonitoringService monitoring;

    @Inject
    DischargeService discharge;

    @GET
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN, Roles.PATIENT })
    @Operation(summary = "Read a session: the signed order, what was recorded, the dose")
    @APIResponse(responseCode = "200", description = "The session")
    public Response get(@PathParam("sessionId") UUID sessionId) {
        return ok(sessions.get(sessionId));
    }

    @POST
    @Path("/check-in")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Check the patient in and record today's weight and concomitant medications",
            description = "Publishes InfusionCheckedIn (intake keeps the weight current).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "check-in", value = CHECK_IN)))
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "409", description = "Not a scheduled session")
    public Response checkIn(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.CheckIn request) {
        return ok(sessions.checkIn(sessionId, request));
    }

    @POST
    @Path("/pre-assessment")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Run the safety gate",
            description = "Checks treatment consent, fasting, pregnancy test, breath alcohol and self-reported intoxication, "
                    + "baseline vitals (kap.clinical.infusion.gate.required-baseline-vitals) and blood pressure against "
                    + "kap.clinical.infusion.gate.*, weight recency, a prescriber on site, that the plan is active and that "
                    + "no suicide-risk flag waits for review, and reports every failed item. A failure that makes today "
                    + "unsafe defers the infusion (InfusionDeferred); one staff can fix now answers 409 listing each item. "
                    + "It may be run again until the start (every run is kept, the latest decides). First confirms this "
                    + "service holds every event about the patient published so far; otherwise 503, retry.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "pre-assessment", value = PRE_ASSESSMENT)))
    @APIResponse(responseCode = "200", description = "Passed (PRE_ASSESSMENT_PASSED) or deferred (DEFERRED, with the reasons)")
    @APIResponse(responseCode = "409", description = "Items to fix before dosing",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "gate", value = GATE_PROBLEM)))
    @APIResponse(responseCode = "503", description = "The latest facts about the patient are not confirmed yet: retry")
    public Response preAssess(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.PreAssessment request) {
        facts.confirm(sessionId, "run the safety gate");
        return ok(sessions.preAssess(sessionId, request));
    }

    @POST
    @Path("/dose")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Calculate the dose from the signed mg/kg, today's weight and the prepared concentration",
            description = "Total mg, bolus and maintenance parts, volumes and pump rates, in exact decimals; refused above "
                    + "the configured cap. The lot number is recorded. A new calculation clears an earlier double check.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "dose", value = DOSE)))
    @APIResponse(responseCode = "200", description = "Calculated")
    @APIResponse(responseCode = "409", description = "Gate not passed, or the dose was refused (cap, plausibility)")
    public Response calculateDose(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.Dose request) {
        return ok(sessions.calculateDose(sessionId, request));
    }

    @POST
    @Path("/dose/verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Second clinician verifies the calculated dose (not the one who calculated it)")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "409", description = "Same clinician, or nothing to verify")
    @APIResponse(responseCode = "503", description = "The latest facts about the patient are not confirmed yet: retry")
    public Response verifyDose(@PathParam("sessionId") UUID sessionId) {
        facts.confirm(sessionId, "check the dose");
        return ok(sessions.verifyDose(sessionId));
    }

    @POST
    @Path("/start")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Start dosing, drawing the verified dose from the named vial",
            description = "Only after the gate passed on its latest run and the dose for the current order was verified, and "
                    + "only if, on facts confirmed current, the treatment consent is valid, the plan active, the appointment "
                    + "not cancelled and no suicide-risk flag unreviewed. The verified dose is drawn from the vial in the "
                    + "same transaction (controlled-substance ledger): the vial must be in date, of the dose's lot and hold "
                    + "enough, else 409 naming vialId. Publishes InfusionStarted and ControlledSubstanceDispensed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "start", value = START)))
    @APIResponse(responseCode = "200", description = "Infusing")
    @APIResponse(responseCode = "409", description = "A condition for starting is not met; the detail names it")
    @APIResponse(responseCode = "503", description = "The latest facts about the patient are not confirmed yet: retry")
    public Response start(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.Start request) {
        facts.confirm(sessionId, "start the infusion");
        return ok(sessions.start(sessionId, request.vialId()));
    }

    @POST
    @Path("/vitals")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Record vital signs (monitor feed or by hand); alerts are raised at once",
            description = "Publishes VitalsRecorded and, for each rule that fires (kap.clinical.infusion.alerts.*), "
                    + "SafetyAlertRaised in the same transaction.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "vitals", value = VITALS)))
    @APIResponse(responseCode = "201", description = "The reading and the alerts it raised")
    @Transactional
    public Response recordVitals(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Client-chosen key; a monitor feed or an app retrying gets the first answer again, "
                    + "and the reading is kept once") @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull Requests.Vitals request) {
        return idempotent.create(idempotencyKey, request, () -> new IdempotentCreation.Created(
                uri.getAbsolutePath(), monitoring.recordVitals(sessionId, request)));
    }

    @GET
    @Path("/vitals")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.THERAPIST, Roles.ADMIN })
    @Operation(summary = "Every reading of the session, oldest first")
    @APIResponse(responseCode = "200", description = "The readings")
    public List<VitalsView> vitals(@PathParam("sessionId") UUID sessionId) {
        return monitoring.vitals(sessionId);
    }

    @POST
    @Path("/infusion-end")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "The infusion has run; observation (recovery) begins")
    @APIResponse(responseCode = "200", description = "In recovery")
    public Response endInfusion(@PathParam("sessionId") UUID sessionId) {
        return ok(sessions.endInfusion(sessionId));
    }

    @POST
    @Path("/adverse-events")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Report an adverse event",
            description = "Publishes AdverseEventReported; a SERIOUS one also SeriousAdverseEventReported, which puts the plan "
                    + "on hold in treatment-service.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "nausea", value = ADVERSE_EVENT)))
    @APIResponse(responseCode = "201", description = "Reported")
    @Transactional
    public Response reportAdverseEvent(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Client-chosen key; a retry returns the first answer and reports nothing twice")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull Requests.AdverseEvent request) {
        return idempotent.create(idempotencyKey, request, () -> new IdempotentCreation.Created(
                uri.getAbsolutePath(), monitoring.reportAdverseEvent(sessionId, request)));
    }

    @POST
    @Path("/abort")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Stop the session, with the reason", description = "Publishes InfusionAborted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "abort", value = "{ \"reason\": \"SpO2 88% despite oxygen; infusion stopped\" }")))
    @APIResponse(responseCode = "200", description = "Aborted")
    public Response abort(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.Reason request) {
        return ok(sessions.abort(sessionId, request.reason()));
    }

    @POST
    @Path("/discharge")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER })
    @Operation(summary = "Discharge when the criteria are met",
            description = "At least the minimum observation from dosing, vitals near baseline, MOAA/S 5 and a driver "
                    + "(kap.clinical.infusion.discharge.*); otherwise 409 listing what is unmet. Publishes InfusionCompleted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "discharge", value = "{ \"driverPresent\": true }")))
    @APIResponse(responseCode = "200", description = "Discharged")
    @APIResponse(responseCode = "409", description = "Criteria not met")
    public Response discharge(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Requests.Discharge request) {
        return ok(discharge.discharge(sessionId, request.driverPresent()));
    }

    @GET
    @Path("/monitoring-record")
    @RolesAllowed({ Roles.NURSE, Roles.PRESCRIBER, Roles.ADMIN })
    @Operation(summary = "The REMS-style monitoring record of the session")
    @APIResponse(responseCode = "200", description = "The record")
    public MonitoringRecord monitoringRecord(@PathParam("sessionId") UUID sessionId) {
        return discharge.record(sessionId);
    }

    private static Response ok(SessionView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
