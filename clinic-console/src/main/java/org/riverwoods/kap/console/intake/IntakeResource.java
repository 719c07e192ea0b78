package org.riverwoods.kap.console.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import org.riverwoods.kap.console.plans.Pager;
import org.riverwoods.kap.console.pages.FormReader;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Intake's front desk: register a patient, and the patients registered most recently with their
 * intake (or a button to start one). Registration starts the intake at once and lands on it.
 */
@Path("/intake")
public class IntakeResource {

    static final List<String> SEXES = List.of("FEMALE", "MALE", "INTERSEX", "UNKNOWN");
    private static final int PAGE_SIZE = 10;

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @Inject
    @Location("intake/start.html")
    Template start;

    /** The newest patients first: without a page asked for, the service's last page is shown. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response front(@QueryParam("page") Integer page, @QueryParam("registered") UUID registered) {
        return frontPage(page, null, null, Map.of(), 200).registered(registered).build();
    }

    @POST
    @Path("patients")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(MultivaluedMap<String, String> form) {
        FormReader.Body body = IntakeForms.registration(form::getFirst);
        if (!body.readable()) {
            return frontPage(null, "register", body.problem(),
                    typed(form), 400).build();
        }
        ServiceAnswer registered = services.post(Service.INTAKE, "/api/v1/patients", body.json(), form.getFirst("idempotencyKey"));
        if (!registered.ok()) {
            return frontPage(null, "register", registered.problem(), typed(form), refusalStatus(registered.problem())).build();
        }
        String patientId = String.valueOf(registered.map().get("id"));
        if (!user.is("nurse") && !user.is("prescriber")) {
            // an admin registers patients but starts no clinical record
            return Response.seeOther(URI.create("/intake?registered=" + patientId)).build();
        }
        return startIntake(UUID.fromString(patientId), form.getFirst("intakeKey"));
    }

    @POST
    @Path("patients/{patientId}/intakes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("patientId") UUID patientId, MultivaluedMap<String, String> form) {
        return startIntake(patientId, form.getFirst("idempotencyKey"));
    }

    private Response startIntake(UUID patientId, String idempotencyKey) {
        ServiceAnswer started = services.post(Service.INTAKE, "/api/v1/patients/" + patientId + "/intakes", null, idempotencyKey);
        if (started.ok()) {
            return Response.seeOther(URI.create("/intake/" + started.map().get("id"))).build();
        }
        return frontPage(null, "start", started.problem(), Map.of(), refusalStatus(started.problem())).build();
    }

    /** The front page with the newest patients (or {@code page}) and, after a refusal, the form as typed. */
    private FrontPage frontPage(Integer page, String failed, ServiceProblem problem, Map<String, String> typed, int status) {
        ServiceAnswer patients = services.get(Service.INTAKE, "/api/v1/patients?page=" + (page == null ? 0 : Math.max(0, page))
                + "&size=" + PAGE_SIZE);
        int shown = page == null ? 0 : Math.max(0, page);
        if (page == null && patients.ok() && patients.totalPages() > 1) {
            shown = patients.totalPages() - 1; // oldest first in the service: its last page holds the newest
            patients = services.get(Service.INTAKE, "/api/v1/patients?page=" + shown + "&size=" + PAGE_SIZE);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (patients.ok()) {
            for (Map<String, Object> patient : patients.items()) {
                rows.add(0, withIntake(patient)); // newest first on the page too
            }
        }
        return new FrontPage(status, start.data("sexes", SEXES).data("failed", failed).data("problem", problem).data("typed", typed)
                .data("errors", problem == null ? Map.of() : problem.fields())
                .data("idempotencyKey", UUID.randomUUID()).data("intakeKey", UUID.randomUUID())
                .data("patients", rows).data("total", patients.ok() ? patients.total() : 0L)
                .data("patientsProblem", patients.ok() ? null : patients.problem())
                .data("pager", Pager.of(shown, patients.ok() ? patients.totalPages() : 0))
                .data("mayRegister", user.is("nurse") || user.is("prescriber") || user.is("admin"))
                .data("mayStart", user.is("nurse") || user.is("prescriber")).data("registered", null));
    }

    /** The front page ready to render; {@link #registered} adds the note an admin sees after registering. */
    private record FrontPage(int status, io.quarkus.qute.TemplateInstance page) {

        FrontPage registered(UUID patientId) {
            page.data("registered", patientId);
            return this;
        }

        Response build() {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
        }
    }

    /** The patient's row with its latest intake (null when none), so the row links to it. */
    private Map<String, Object> withIntake(Map<String, Object> patient) {
        Map<String, Object> row = new LinkedHashMap<>(patient);
        ServiceAnswer intakes = services.get(Service.INTAKE, "/api/v1/patients/" + patient.get("id") + "/intakes?size=100");
        List<Map<String, Object>> items = intakes.ok() ? intakes.items() : List.of();
        row.put("intake", items.isEmpty() ? null : items.get(items.size() - 1));
        return row;
    }

    static int refusalStatus(ServiceProblem problem) {
        return problem.status() >= 400 && problem.status() < 500 ? problem.status() : 200;
    }

    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        return typed;
    }
}
