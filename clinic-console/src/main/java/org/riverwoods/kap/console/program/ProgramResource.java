package org.riverwoods.kap.console.program;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The program's outcomes for analysts, prescribers and admins: outcomes-service's cohorts per
 * protocol and quarter (aggregates only, small cells already suppressed by the service), the
 * relapse-free curves and mean percent days abstinent, and beside each protocol the published
 * trial it comes from. De-identified by construction: nothing here reads a patient's record.
 */
@Path("/program")
public class ProgramResource {

    /** Quarters on the abstinence chart: a year of cohorts. */
    static final int QUARTERS_CHARTED = 4;

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @ConfigProperty(name = "kap.console.clinic-zone")
    ZoneId clinicZone;

    @Inject
    @Location("program/program.html")
    Template program;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response program(@QueryParam("period") String period) {
        if (!user.seesProgram()) {
            return html(403, empty(null).data("problem", new ServiceProblem(403, "Your role may not see program outcomes",
                    "they are for analysts, prescribers and admins", Map.of())).render());
        }
        String current = Quarters.of(LocalDate.now(clinicZone));
        if (period != null && !period.isBlank() && !Quarters.valid(period.trim())) {
            return html(400, empty(current).data("typedPeriod", period).data("periodError", "Write a quarter like " + current)
                    .render());
        }
        String shown = period == null || period.isBlank() ? current : period.trim();
        ServiceAnswer cohorts = services.get(Service.OUTCOMES, "/api/v1/cohorts?period=" + shown);
        if (!cohorts.ok()) {
            ServiceProblem problem = cohorts.problem();
            return html(problem.status() >= 400 && problem.status() < 500 ? problem.status() : 200,
                    empty(shown).data("problem", problem).data("periodError", problem.field("period")).render());
        }
        List<Map<String, Object>> rows = cohorts.items();
        List<SurvivalChart.Curve> curves = SurvivalChart.curves(rows);

        List<String> quarters = Quarters.endingWith(shown, QUARTERS_CHARTED);
        List<AbstinenceChart.Figure> abstinence = new ArrayList<>();
        ServiceProblem abstinenceProblem = null;
        for (String quarter : quarters) {
            ServiceAnswer answer = quarter.equals(shown) ? cohorts : services.get(Service.OUTCOMES, "/api/v1/cohorts?period=" + quarter);
            if (answer.ok()) {
                abstinence.addAll(AbstinenceChart.figures(quarter, answer.items()));
            } else {
                abstinenceProblem = answer.problem();
            }
        }

        // the protocol templates name each protocol and its source; an analyst may read them
        ServiceAnswer templates = services.get(Service.TREATMENT, "/api/v1/protocol-templates?size=100");
        Map<String, Map<String, Object>> templateByCode = new LinkedHashMap<>();
        if (templates.ok()) {
            templates.items().forEach(t -> templateByCode.putIfAbsent(String.valueOf(t.get("code")), t));
        }
        TreeSet<String> codes = new TreeSet<>(templateByCode.keySet());
        rows.forEach(r -> codes.add(String.valueOf(r.get("templateCode"))));
        List<Map<String, Object>> protocols = new ArrayList<>();
        for (String code : codes) {
            Map<String, Object> protocol = new LinkedHashMap<>();
            protocol.put("code", code);
            protocol.put("template", templateByCode.get(code));
            protocol.put("trial", PublishedTrials.of(code));
            protocols.add(protocol);
        }

        return html(200, program.data("loaded", true).data("period", shown).data("typedPeriod", shown).data("periodError", null)
                .data("previous", Quarters.previous(shown)).data("next", Quarters.next(shown)).data("current", current)
                .data("problem", null)
                .data("rows", rows)
                .data("curves", curves).data("survivalChart", SurvivalChart.of(curves))
                .data("quarters", quarters).data("abstinence", abstinence)
                .data("abstinenceChart", AbstinenceChart.of(quarters, abstinence))
                .data("abstinenceProblem", abstinenceProblem)
                .data("protocols", protocols).data("sources", PublishedTrials.SOURCES)
                .data("templatesProblem", templates.ok() ? null : templates.problem())
                .render());
    }

    /** The page with nothing to show (a refusal, or a period that could not be read). */
    private TemplateInstance empty(String period) {
        return program.data("loaded", false).data("period", period).data("typedPeriod", period).data("periodError", null)
                .data("previous", period == null ? null : Quarters.previous(period))
                .data("next", period == null ? null : Quarters.next(period)).data("current", period)
                .data("problem", null).data("rows", List.of()).data("curves", List.of()).data("survivalChart", null)
                .data("quarters", List.of()).data("abstinence", List.of()).data("abstinenceChart", null)
                .data("abstinenceProblem", null).data("protocols", List.of()).data("sources", List.of()).data("templatesProblem", null);
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(body).build();
    }
}
