package org.riverwoods.kap.console.intake;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.riverwoods.kap.console.pages.FormReader;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * One intake as the nurse works through it: the instruments, the substance history, the
 * contraindication screen and its eligibility decision, both consents, and completion. Every
 * section is intake-service's own call; scores, bands and decisions are shown as it answered them.
 */
@Path("/intake/{intakeId}")
public class IntakeWorkspaceResource {

    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);
    /** What the page says after a successful section (Post/Redirect/Get carries only its name). */
    private static final Map<String, String> DONE = Map.of("history", "Substance history recorded.",
            "screen", "Contraindication screen recorded; the eligibility decision is below.",
            "TREATMENT", "Treatment consent recorded.", "PART2_DEIDENTIFIED_DISCLOSURE", "42 CFR Part 2 consent recorded.",
            "completion", "Intake completed.");

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @Inject
    @Location("intake/workspace.html")
    Template workspace;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response intake(@PathParam("intakeId") UUID intakeId, @QueryParam("done") String done) {
        String note = done == null ? null
                : done.startsWith("screening-") && Instruments.byCode(done.substring(10)) != null
                        ? Instruments.byCode(done.substring(10)).name() + " scored."
                        : DONE.get(done);
        return page(intakeId, null, null, Map.of(), Map.of(), false, 200, note);
    }

    @POST
    @Path("screenings/{instrument}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response screening(@PathParam("intakeId") UUID intakeId, @PathParam("instrument") String code,
            MultivaluedMap<String, String> form) {
        Instruments.Instrument instrument = Instruments.byCode(code);
        if (instrument == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        FormReader.Body body = IntakeForms.screening(code, instrument.itemCount(), form::getFirst);
        if (!body.readable()) {
            return page(intakeId, "screening-" + code, body.problem(), IntakeResource.typed(form), body.fieldErrors(), false, 400, null);
        }
        ServiceAnswer answer = services.post(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/screenings", body.json(),
                form.getFirst("idempotencyKey"));
        return after(intakeId, "screening-" + code, answer, form);
    }

    /** Records the history, or corrects it with the ETag it was shown from. */
    @POST
    @Path("history")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response history(@PathParam("intakeId") UUID intakeId, MultivaluedMap<String, String> form) {
        FormReader.Body body = IntakeForms.substanceHistory(form::getFirst);
        if (!body.readable()) {
            return page(intakeId, "history", body.problem(), IntakeResource.typed(form), body.fieldErrors(), false, 400, null);
        }
        ServiceAnswer answer = services.put(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/substance-history", body.json(),
                form.getFirst("etag"));
        return after(intakeId, "history", answer, form);
    }

    @POST
    @Path("screen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response contraindicationScreen(@PathParam("intakeId") UUID intakeId, MultivaluedMap<String, String> form) {
        FormReader.Body body = IntakeForms.contraindicationScreen(form::getFirst);
        if (!body.readable()) {
            return page(intakeId, "screen", body.problem(), IntakeResource.typed(form), body.fieldErrors(), false, 400, null);
        }
        ServiceAnswer answer = services.put(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/eligibility/screen",
                body.json(), form.getFirst("etag"));
        return after(intakeId, "screen", answer, form);
    }

    @POST
    @Path("consents/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response consent(@PathParam("intakeId") UUID intakeId, @PathParam("kind") String kind,
            MultivaluedMap<String, String> form) {
        if (!kind.equals("TREATMENT") && !kind.equals("PART2_DEIDENTIFIED_DISCLOSURE")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        FormReader.Body body = IntakeForms.consent(kind, form::getFirst);
        if (!body.readable()) {
            return page(intakeId, kind, body.problem(), IntakeResource.typed(form), body.fieldErrors(), false, 400, null);
        }
        // the consent is the patient's: recorded under the intake's own patient, not a value from the form
        ServiceAnswer intake = services.get(Service.INTAKE, "/api/v1/intakes/" + intakeId);
        if (!intake.ok()) {
            return after(intakeId, kind, intake, form);
        }
        ServiceAnswer answer = services.post(Service.INTAKE, "/api/v1/patients/" + intake.map().get("patientId") + "/consents",
                body.json(), form.getFirst("idempotencyKey"));
        return after(intakeId, kind, answer, form);
    }

    /** Completes the intake as read: its ETag goes in If-Match; a refusal lists what is missing. */
    @POST
    @Path("completion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("intakeId") UUID intakeId, MultivaluedMap<String, String> form) {
        ServiceAnswer answer = services.postIfMatch(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/completion", null,
                form.getFirst("etag"));
        return after(intakeId, "completion", answer, form);
    }

    private Response after(UUID intakeId, String section, ServiceAnswer answer, MultivaluedMap<String, String> form) {
        if (answer.ok()) {
            String anchor = "screen".equals(section) ? "eligibility" : section;
            return Response.seeOther(URI.create("/intake/" + intakeId + "?done=" + section + "#" + anchor)).build();
        }
        ServiceProblem problem = answer.problem();
        // the history's rows are named by index (substances[1].route): kept whole to show next to that row
        Map<String, String> violations = new java.util.LinkedHashMap<>();
        answer.body().path("violations").forEach(v -> violations.merge(v.path("field").asText(""),
                v.path("message").asText("is not valid"), (a, b) -> a + "; " + b));
        // a 412 re-renders the section as it now stands, with a sentence saying it changed
        return page(intakeId, section, problem, IntakeResource.typed(form), SectionValues.historyInputErrors(violations),
                problem.status() == 412, IntakeResource.refusalStatus(problem), null);
    }

    private Response page(UUID intakeId, String failed, ServiceProblem problem, Map<String, String> typed,
            Map<String, String> inputErrors, boolean changed, int status, String done) {
        ServiceAnswer intake = services.get(Service.INTAKE, "/api/v1/intakes/" + intakeId);
        if (!intake.ok()) {
            return html(IntakeResource.refusalStatus(intake.problem()), workspace.data("intake", null)
                    .data("loadProblem", intake.problem()).data("intakeId", intakeId).render());
        }
        Map<String, Object> view = intake.map();
        String patientId = String.valueOf(view.get("patientId"));
        ServiceAnswer patient = services.get(Service.INTAKE, "/api/v1/patients/" + patientId);
        ServiceAnswer history = services.get(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/substance-history");
        ServiceAnswer eligibility = services.get(Service.INTAKE, "/api/v1/intakes/" + intakeId + "/eligibility");
        ServiceAnswer consents = services.get(Service.INTAKE, "/api/v1/patients/" + patientId + "/consents?size=100");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scores = view.get("scores") instanceof List<?> list ? (List<Map<String, Object>>) list
                : List.of();
        boolean open = !"COMPLETED".equals(view.get("status"));
        boolean clinical = user.is("nurse") || user.is("prescriber");
        boolean entersAnswers = clinical || user.is("therapist");
        Map<String, String> typedValues = typed == null ? Map.of() : typed;
        Map<String, String> historyValues = "history".equals(failed) && !changed ? typedValues
                : SectionValues.history(history.ok() ? history.map() : null);
        return html(status, workspace.data("intake", view).data("loadProblem", null).data("intakeId", intakeId)
                .data("etag", intake.etag()).data("patientId", patientId)
                .data("patient", patient.ok() ? patient.map() : null)
                .data("forms", Instruments.forms(scores, failed != null && failed.startsWith("screening-")
                        ? failed.substring(10) : null, typedValues::get, problem))
                .data("history", history.ok() ? history.map() : null).data("historyEtag", history.etag())
                .data("historyProblem", history.ok() || history.status() == 404 ? null : history.problem())
                .data("eligibility", eligibility.ok() ? eligibility.map() : null).data("eligibilityEtag", eligibility.etag())
                .data("eligibilityProblem", eligibility.ok() || eligibility.status() == 404 ? null : eligibility.problem())
                .data("consents", consents.ok() ? consents.items() : List.of())
                .data("consentsProblem", consents.ok() ? null : consents.problem())
                .data("substances", List.of("ALCOHOL", "COCAINE", "OPIOIDS", "METHAMPHETAMINE", "OTHER_STIMULANTS",
                        "CANNABIS", "BENZODIAZEPINES", "OTHER"))
                .data("routes", List.of("ORAL", "INTRANASAL", "SMOKED", "INHALED", "INJECTED", "OTHER"))
                .data("screenItems", IntakeForms.SCREEN_ITEMS)
                .data("open", open).data("mayScore", open && entersAnswers).data("mayRecordHistory", open && entersAnswers)
                .data("mayScreen", open && clinical).data("mayConsent", clinical).data("mayComplete", open && clinical)
                .data("historyValues", historyValues)
                .data("substanceRows", SectionValues.rows(historyValues, "history".equals(failed) ? inputErrors : Map.of(),
                        List.of("substance", "daysUsedLast30", "lastUseOn", "route"), IntakeForms.SUBSTANCE_ROWS))
                .data("medicationRows", SectionValues.rows(historyValues, "history".equals(failed) ? inputErrors : Map.of(),
                        List.of("medication", "dose", "benzodiazepine", "lorazepamEquivalentMgPerDay"), IntakeForms.MEDICATION_ROWS))
                .data("screenValues", "screen".equals(failed) && !changed ? typedValues
                        : SectionValues.screen(eligibility.ok() ? eligibility.map() : null, history.ok() ? history.map() : null))
                .data("errors", problem == null ? Map.of() : problem.fields())
                .data("historyErrors", "history".equals(failed) && problem != null ? problem.fields() : Map.of())
                .data("screenErrors", "screen".equals(failed) && problem != null ? problem.fields() : Map.of())
                .data("consentForms", ConsentForms.of(failed, typedValues, problem == null ? Map.of() : problem.fields(),
                        LOCAL_MINUTE.format(Instant.now().minus(1, ChronoUnit.MINUTES)), consents.ok() ? consents.items() : List.of()))
                .data("failed", failed).data("problem", problem).data("typed", typedValues).data("changed", changed)
                .data("done", done).data("idempotencyKey", UUID.randomUUID())
                .render());
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(body).build();
    }
}
