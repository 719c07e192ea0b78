package org.riverwoods.kap.console.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

import org.riverwoods.kap.console.plans.Pager;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The clinicians' list of patients and each patient's chart. */
@Path("/patients")
@Produces(MediaType.TEXT_HTML)
public class PatientsResource {

    @Inject
    ServiceCalls services;

    @Inject
    OutcomeFigures figures;

    @Inject
    ConsoleUser user;

    @Inject
    @Location("chart/patients.html")
    Template patients;

    @Inject
    @Location("chart/chart.html")
    Template chart;

    @Inject
    @Location("chart/refused.html")
    Template refused;

    @GET
    public Object list(@QueryParam("page") @DefaultValue("0") int page) {
        if (user.isPatient()) {
            return herOwnPages();
        }
        ServiceAnswer answer = services.get(Service.INTAKE, "/api/v1/patients?page=" + Math.max(0, page) + "&size=25");
        return patients.data("patients", answer.ok() ? answer.items() : List.of())
                .data("problem", answer.ok() ? null : answer.problem())
                .data("pager", Pager.of(Math.max(0, page), answer.ok() ? answer.totalPages() : 1));
    }

    @GET
    @Path("{patientId}")
    public Object chart(@PathParam("patientId") UUID patientId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("month") String month) {
        if (user.isPatient()) {
            return herOwnPages();
        }
        ServiceAnswer patient = services.get(Service.INTAKE, "/api/v1/patients/" + patientId);
        if (!patient.ok()) {
            // not hers to see (an analyst), or no such patient: the service's refusal, and nothing else asked
            return jakarta.ws.rs.core.Response.status(patient.status()).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE)
                    .entity(refused.data("problem", patient.problem()).render()).build();
        }
        ServiceAnswer timeline = services.get(Service.OUTCOMES,
                "/api/v1/patients/" + patientId + "/timeline?page=" + Math.max(0, page) + "&size=25");
        ServiceAnswer labs = services.get(Service.OUTCOMES, "/api/v1/patients/" + patientId + "/lab-results");
        YearMonth shown = monthOf(month);
        ServiceAnswer diary = services.get(Service.OUTCOMES, "/api/v1/patients/" + patientId + "/diary?from="
                + shown.atDay(1) + "&to=" + shown.atEndOfMonth() + "&size=31");
        return figures.into(chart, patientId)
                .data("patientId", patientId)
                .data("patient", patient.map())
                .data("patientProblem", null)
                .data("timeline", timeline.ok() ? timeline.items() : List.of())
                .data("timelineProblem", timeline.ok() ? null : timeline.problem())
                .data("pager", Pager.of(Math.max(0, page), timeline.ok() ? timeline.totalPages() : 1))
                .data("labs", labs.ok() ? labs.items() : List.of())
                .data("labsProblem", labs.ok() ? null : labs.problem())
                .data("diaryMonth", DiaryMonth.of(shown, diary.ok() ? diary.items() : List.of()))
                .data("diaryProblem", diary.ok() ? null : diary.problem())
                .data("diaryBase", "/patients/" + patientId + "?");
    }

    /** The diary month asked for (yyyy-MM), or this month when none or an unreadable one. */
    static YearMonth monthOf(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return YearMonth.now(ZoneOffset.UTC);
        }
    }

    /** The list and charts are the clinicians' pages; a patient has her own under /me. */
    private static Response herOwnPages() {
        return Response.seeOther(URI.create("/me")).build();
    }
}
