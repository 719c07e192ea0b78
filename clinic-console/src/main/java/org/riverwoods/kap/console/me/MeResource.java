package org.riverwoods.kap.console.me;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.chart.DiaryMonth;
import org.riverwoods.kap.console.chart.OutcomeFigures;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceProblem;
import org.riverwoods.kap.console.signin.ConsoleUser;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The patient's own pages: her outcomes, her diary and her questionnaires (phone-first). */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public class MeResource {

    /** The substances the service's diary accepts, in its words. */
    static final List<String> SUBSTANCES = List.of("ALCOHOL", "COCAINE", "OPIOIDS", "METHAMPHETAMINE",
            "OTHER_STIMULANTS", "CANNABIS", "BENZODIAZEPINES", "OTHER");

    @Inject
    ServiceCalls services;

    @Inject
    ConsoleUser user;

    @Inject
    OutcomeFigures figures;

    /** The zone outcomes-service dates diary days in (it refuses a day after its today). */
    @ConfigProperty(name = "kap.console.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Inject
    @Location("me/outcomes.html")
    Template outcomes;

    @Inject
    @Location("me/diary.html")
    Template diary;

    @Inject
    @Location("me/questionnaires.html")
    Template questionnaires;

    @GET
    public Response mine() {
        if (!user.isPatient() || user.patientId() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        return html(200, figures.into(outcomes, user.patientId()).render());
    }

    @GET
    @Path("diary")
    public Response diaryPage(@QueryParam("day") String day, @QueryParam("saved") String saved) {
        if (!user.isPatient() || user.patientId() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        LocalDate chosen = parse(day, today());
        return html(200, diaryForm(chosen, null, null, null, false).data("saved", saved).render());
    }

    @POST
    @Path("diary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordDay(MultivaluedMap<String, String> form) {
        if (!user.isPatient() || user.patientId() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        LocalDate day = parse(form.getFirst("day"), null);
        String substance = blankToNull(form.getFirst("substance"));
        String amountText = blankToNull(form.getFirst("amount"));
        if (day == null) {
            return html(400, diaryForm(today(), null, form, "Choose the day you are recording.", false).render());
        }
        BigDecimal amount = null;
        if (substance != null) {
            try {
                amount = new BigDecimal(amountText == null ? "" : amountText);
            } catch (NumberFormatException notNumber) {
                return html(400, diaryForm(day, null, form, "Write how much as a number, e.g. 3 or 2.5.", false).render());
            }
        }
        Map<String, Object> body = Map.of("entries",
                substance == null ? List.of() : List.of(Map.of("substance", substance, "amount", amount)));
        ServiceAnswer answer = services.put(Service.OUTCOMES, "/api/v1/patients/" + user.patientId() + "/diary/" + day,
                body, blankToNull(form.getFirst("etag")));
        if (answer.ok()) {
            return Response.seeOther(URI.create("/me/diary?day=" + day + "&saved=" + day)).build();
        }
        ServiceProblem problem = answer.problem();
        // 428 or 412: the day is already recorded (or changed): show it as it stands, with its version
        boolean changed = problem.status() == 412 || problem.status() == 428;
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 200;
        return html(status, diaryForm(day, problem, changed ? null : form, null, changed).render());
    }

    @GET
    @Path("questionnaires")
    public Response questionnairePage(@QueryParam("saved") String saved) {
        if (!user.isPatient() || user.patientId() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        return html(200, questionnaireForm(null).data("saved", saved).render());
    }

    @POST
    @Path("questionnaires")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordQuestionnaire(MultivaluedMap<String, String> form) {
        if (!user.isPatient() || user.patientId() == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        QuestionnaireForm.Body body = QuestionnaireForm.read(form::getFirst);
        if (body.unreadable() != null) {
            return html(400, questionnaireForm(null).data("formError", body.unreadable()).render());
        }
        ServiceAnswer answer = services.post(Service.OUTCOMES, "/api/v1/patients/" + user.patientId() + "/questionnaires",
                body.json(), form.getFirst("idempotencyKey"));
        if (answer.ok()) {
            return Response.seeOther(URI.create("/me/questionnaires?saved=" + body.json().get("questionnaire"))).build();
        }
        ServiceProblem problem = answer.problem();
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 200;
        return html(status, questionnaireForm(problem).render());
    }

    private TemplateInstance questionnaireForm(ServiceProblem problem) {
        UUID patientId = user.patientId();
        ServiceAnswer past = services.get(Service.OUTCOMES, "/api/v1/patients/" + patientId + "/questionnaires?size=100");
        List<Map<String, Object>> items = past.ok() ? past.items() : List.of();
        return questionnaires.data("past", newestFirst(items, 20))
                .data("pastProblem", past.ok() ? null : past.problem())
                .data("problem", problem)
                .data("phq9Items", QuestionnaireForm.PHQ9_ITEMS)
                .data("phq9Choices", QuestionnaireForm.PHQ9_CHOICES)
                .data("idempotencyKey", UUID.randomUUID())
                .data("formError", null)
                .data("saved", null);
    }

    private TemplateInstance diaryForm(LocalDate day, ServiceProblem problem, MultivaluedMap<String, String> typed,
            String formError, boolean changed) {
        UUID patientId = user.patientId();
        LocalDate today = today();
        LocalDate from = today.minusDays(13);
        ServiceAnswer recent = services.get(Service.OUTCOMES,
                "/api/v1/patients/" + patientId + "/diary?from=" + from + "&to=" + today + "&size=31");
        ServiceAnswer chosen = services.get(Service.OUTCOMES,
                "/api/v1/patients/" + patientId + "/diary?from=" + day + "&to=" + day + "&size=1");
        Map<String, Object> existing = chosen.ok() && !chosen.items().isEmpty() ? chosen.items().get(0) : null;
        String etag = existing == null ? "" : "\"" + existing.get("version") + "\"";
        String substance = "";
        String amount = "";
        if (typed != null) {
            substance = nullToBlank(typed.getFirst("substance"));
            amount = nullToBlank(typed.getFirst("amount"));
        } else if (existing != null && existing.get("entries") instanceof List<?> entries && !entries.isEmpty()
                && entries.get(0) instanceof Map<?, ?> first) {
            substance = String.valueOf(first.get("substance"));
            amount = String.valueOf(first.get("amount"));
        }
        List<Map<String, Object>> days = recent.ok() ? recent.items() : List.of();
        return diary.data("day", day).data("today", today).data("yesterday", today.minusDays(1)).data("etag", etag).data("existing", existing)
                .data("substance", substance).data("amount", amount).data("substances", SUBSTANCES.stream().map(v -> Map.of("value", v, "label", v.toLowerCase().replace('_', ' '))).toList())
                .data("problem", problem).data("formError", formError).data("changed", changed)
                .data("amountError", problem == null ? null : fieldLike(problem, "amount"))
                .data("substanceError", problem == null ? null : fieldLike(problem, "substance"))
                .data("dayError", problem == null ? null : fieldLike(problem, "day"))
                .data("recent", newestFirst(days, 14).stream().map(d -> Map.of("day", d.get("day"), "said", DiaryMonth.inWords(d))).toList())
                .data("existingSaid", existing == null ? null : DiaryMonth.inWords(existing))
                .data("recentProblem", recent.ok() ? null : recent.problem())
                .data("diaryMonth", DiaryMonth.of(YearMonth.from(day), monthOf(patientId, YearMonth.from(day))))
                .data("diaryBase", "/me/diary?day=" + day + "&")
                .data("saved", null);
    }

    private List<Map<String, Object>> monthOf(UUID patientId, YearMonth month) {
        ServiceAnswer days = services.get(Service.OUTCOMES, "/api/v1/patients/" + patientId + "/diary?from="
                + month.atDay(1) + "&to=" + month.atEndOfMonth() + "&size=31");
        return days.ok() ? days.items() : List.of();
    }

    /** The service names fields by their path (entries[0].amount); the form has one of each. */
    static String fieldLike(ServiceProblem problem, String name) {
        return problem.fields().entrySet().stream().filter(e -> e.getKey().contains(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The services list oldest first; her pages show the latest first. */
    static List<Map<String, Object>> newestFirst(List<Map<String, Object>> items, int most) {
        List<Map<String, Object>> copy = new java.util.ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy.subList(0, Math.min(most, copy.size()));
    }

    /** The latest day the service accepts: the form offers it first and no day after it. */
    private LocalDate today() {
        return DiaryDays.latest(Instant.now(), clinicZone);
    }

    private static LocalDate parse(String day, LocalDate otherwise) {
        try {
            return day == null || day.isBlank() ? otherwise : LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            return otherwise;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(body).build();
    }
}
