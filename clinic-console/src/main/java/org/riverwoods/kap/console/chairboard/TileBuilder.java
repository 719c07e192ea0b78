package org.riverwoods.kap.console.chairboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Builds and renders one tile from infusion-service's ChairRow, the session (who dosed, who
 * verified), its readings (the trend lines) and, when the start is next, the vials of the dose's lot.
 */
@ApplicationScoped
public class TileBuilder {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    InfusionCalls infusion;

    @Inject
    @Location("chairboard/tile.html")
    Template tile;

    /** The clinic's monitoring interval for blood pressure (infusion-service's reminder uses the same default). */
    @ConfigProperty(name = "kap.console.chair-board.blood-pressure-every", defaultValue = "PT10M")
    Duration bloodPressureEvery;

    public String render(Viewer viewer, JsonNode row, Tile.Step failed) {
        return tile.data("t", build(viewer, row, failed)).render();
    }

    Tile build(Viewer viewer, JsonNode row, Tile.Step failed) {
        String id = row.path("sessionId").asText();
        String status = row.path("status").asText();
        JsonNode session = body(infusion.get(viewer.token(), "/api/v1/infusion-sessions/" + id));
        List<JsonNode> readings = new ArrayList<>();
        if (!row.path("latestVitals").isNull() && !row.path("latestVitals").isMissingNode()) {
            body(infusion.get(viewer.token(), "/api/v1/infusion-sessions/" + id + "/vitals")).forEach(readings::add);
        }
        JsonNode patient = body(infusion.get(Service.INTAKE, viewer.token(), "/api/v1/patients/" + row.path("patientId").asText()));
        String patientName = patient.isObject() ? (patient.path("givenName").asText("") + " " + patient.path("familyName").asText("")).trim()
                + (patient.hasNonNull("medicalRecordNumber") ? " (" + patient.path("medicalRecordNumber").asText() + ")" : "") : null;
        String calculatedBy = text(session, "doseCalculatedBy");
        String verifiedBy = text(session, "doseVerifiedBy");
        Tile.Dose dose = session.path("dose").isObject()
                ? new Tile.Dose(session.path("dose").path("totalDoseMg").asText(), text(session, "lotNumber"), calculatedBy,
                        verifiedBy)
                : null;
        var steps = NextSteps.of(status, calculatedBy, verifiedBy, viewer.subject(), viewer.atTheChairsSide());
        List<Tile.VialChoice> vials = steps.contains(NextSteps.START) ? vials(viewer, dose) : List.of();
        String level = row.path("alertState").isTextual() ? row.path("alertState").asText() : "none";
        JsonNode alert = row.path("latestAlert");
        return new Tile(id, row.path("patientId").asText(), patientName, status, statusWords(status), row.path("infusionNumber").asInt(),
                row.path("elapsedMinutes").isNumber() ? row.path("elapsedMinutes").asLong() : null,
                shown(text(row, "scheduledStart")), level, levelWords(level),
                alert.isObject() ? alert.path("message").asText(alert.path("rule").asText()) : null,
                bloodPressureReminder(status, alert, readings, Instant.now()), row.path("suicideRiskOpen").asBoolean(),
                shown(text(row, "orderAmendedAt")), text(row, "statusReason"), vitals(readings),
                readings.isEmpty() ? null : shown(text(readings.get(readings.size() - 1), "takenAt")), steps, dose, vials,
                failed, UUID.randomUUID().toString());
    }

    /**
     * In words when the last blood pressure is older than the monitoring interval while infusing:
     * infusion-service raises a REMINDER (BLOOD_PRESSURE_OVERDUE) every 15 s check, and the tile also
     * says so on its own between two checks.
     */
    String bloodPressureReminder(String status, JsonNode latestAlert, List<JsonNode> readings, Instant now) {
        if (!"INFUSING".equals(status)) {
            return null;
        }
        Instant lastBp = null;
        for (JsonNode r : readings) {
            if (r.path("systolicMmHg").isNumber()) {
                lastBp = Instant.parse(r.path("takenAt").asText());
            }
        }
        boolean reminded = latestAlert.isObject() && "BLOOD_PRESSURE_OVERDUE".equals(latestAlert.path("rule").asText())
                && (lastBp == null || Instant.parse(latestAlert.path("raisedAt").asText()).isAfter(lastBp));
        boolean late = lastBp != null && Duration.between(lastBp, now).compareTo(bloodPressureEvery) > 0;
        if (!reminded && !late) {
            return null;
        }
        long every = bloodPressureEvery.toMinutes();
        return lastBp == null ? "Blood pressure overdue: none taken since dosing began (due every " + every + " min)"
                : "Blood pressure overdue: last taken " + Duration.between(lastBp, now).toMinutes()
                        + " min ago (due every " + every + " min)";
    }

    private List<Tile.Vital> vitals(List<JsonNode> readings) {
        if (readings.isEmpty()) {
            return List.of();
        }
        JsonNode last = readings.get(readings.size() - 1);
        List<Tile.Vital> vitals = new ArrayList<>();
        String bp = last.path("systolicMmHg").isNumber()
                ? last.path("systolicMmHg").asText() + "/" + last.path("diastolicMmHg").asText("?") + " mmHg" : "not taken";
        vitals.add(new Tile.Vital("Blood pressure", bp, Sparkline.svg("Systolic", series(readings, "systolicMmHg"))));
        vitals.add(vital(readings, last, "Heart rate", "heartRateBpm", " bpm"));
        vitals.add(vital(readings, last, "SpO2", "spo2Percent", " %"));
        vitals.add(vital(readings, last, "Respiratory rate", "respiratoryRatePerMinute", " /min"));
        vitals.add(vital(readings, last, "MOAA/S", "moaas", ""));
        return vitals;
    }

    private static Tile.Vital vital(List<JsonNode> readings, JsonNode last, String label, String field, String unit) {
        String value = last.path(field).isNumber() ? last.path(field).asText() + unit : "not taken";
        return new Tile.Vital(label, value, Sparkline.svg(label, series(readings, field)));
    }

    static List<Integer> series(List<JsonNode> readings, String field) {
        List<Integer> values = new ArrayList<>();
        readings.forEach(r -> values.add(r.path(field).isNumber() ? r.path(field).asInt() : null));
        return values;
    }

    private List<Tile.VialChoice> vials(Viewer viewer, Tile.Dose dose) {
        String lot = dose == null || dose.lotNumber() == null ? "" : "&lotNumber=" + java.net.URLEncoder.encode(
                dose.lotNumber(), java.nio.charset.StandardCharsets.UTF_8);
        List<Tile.VialChoice> vials = new ArrayList<>();
        body(infusion.get(viewer.token(), "/api/v1/controlled-substances/vials?inStock=true&size=50" + lot))
                .path("items").forEach(v -> vials.add(new Tile.VialChoice(v.path("id").asText(),
                        "Lot " + v.path("lotNumber").asText() + ", " + v.path("balanceMg").asText() + " mg left, expires "
                                + v.path("expiresOn").asText() + (v.path("openedAt").isNull() ? ", sealed" : ", opened"))));
        return vials;
    }

    private static JsonNode body(ServiceAnswer answer) {
        return answer.ok() ? answer.body() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    static String shown(String instant) {
        return instant == null ? null : SHOWN.format(Instant.parse(instant));
    }

    static String statusWords(String status) {
        return switch (status) {
            case "SCHEDULED" -> "Booked";
            case "CHECKED_IN" -> "Checked in";
            case "PRE_ASSESSMENT_PASSED" -> "Safety gate passed";
            case "INFUSING" -> "Infusing";
            case "RECOVERY" -> "In recovery";
            case "DISCHARGED" -> "Discharged";
            case "DEFERRED" -> "Deferred";
            case "ABORTED" -> "Stopped";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }

    static String levelWords(String level) {
        return switch (level) {
            case "REMINDER" -> "REMINDER: a check is due";
            case "ALERT" -> "ALERT: see the patient";
            case "PAUSE" -> "PAUSE: pause the infusion";
            case "STOP" -> "STOP: stop the infusion";
            default -> "No alerts";
        };
    }

    /** A form field of the request, for {@link StepForms}. */
    static Function<String, String> fields(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        return form::getFirst;
    }
}
