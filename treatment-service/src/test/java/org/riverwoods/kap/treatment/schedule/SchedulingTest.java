package org.riverwoods.kap.treatment.schedule;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riverwoods.kap.treatment.Fixtures.as;
import static org.riverwoods.kap.treatment.Fixtures.asPatient;
import static org.riverwoods.kap.treatment.Fixtures.eligibleIntake;
import static org.riverwoods.kap.treatment.Fixtures.publishIntakeCompleted;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.treatment.events.Topics;
import org.riverwoods.kap.testing.EventContracts;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Activation books the plan's appointments; infusion-service's events move them. */
@QuarkusTest
class SchedulingTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Denver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void activatingAKarePlanBooksItsInfusionsAndSessionsInsideClinicHours() {
        UUID patientId = UUID.randomUUID();
        LocalDate monday = nextMonday();
        String planId = activePlan(patientId, "ALCOHOL", monday);

        JsonPath booked = as("nurse").get("/api/v1/treatment-plans/" + planId + "/appointments").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> infusions = ofKind(booked, "KETAMINE_INFUSION");
        assertEquals(3, infusions.size());
        for (int i = 0; i < 3; i++) {
            ZonedDateTime local = Instant.parse((String) infusions.get(i).get("startsAt")).atZone(CLINIC);
            assertEquals(monday.plusDays(7L * i), local.toLocalDate(), "weekly infusions");
            assertEquals("09:00", local.toLocalTime().toString());
            assertEquals(160, infusions.get(i).get("durationMinutes"), "40 min infusion + 120 min observation");
        }
        assertEquals(7, ofKind(booked, "THERAPY").size());
        assertEquals(4, ofKind(booked, "GROUP_THERAPY").size());
        assertEquals(2, ofKind(booked, "FAMILY_THERAPY").size());
        assertEquals(6, ofKind(booked, "AMINO_ACID_THERAPY").size());
        for (Map<String, Object> a : booked.<Map<String, Object>>getList("items")) {
            ZonedDateTime local = Instant.parse((String) a.get("startsAt")).atZone(CLINIC);
            assertEquals(false, local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY);
            assertEquals(false, local.toLocalTime().isBefore(java.time.LocalTime.of(8, 0)));
            assertEquals(false, local.toLocalTime().plusMinutes((Integer) a.get("durationMinutes"))
                    .isAfter(java.time.LocalTime.of(17, 0)));
        }

        try (TopicReader reader = TopicReader.subscribe(Topics.APPOINTMENTS)) {
            List<ConsumerRecord<String, String>> scheduled = reader.await(
                    TopicReader.event("InfusionScheduled", patientId.toString()), 3, WAIT);
            scheduled.forEach(r -> EventContracts.assertValid("InfusionScheduled", r.value()));
            assertEquals("dev-prescriber", TopicReader.json(scheduled.get(0)).get("prescriber").asText());
            assertEquals(40, TopicReader.json(scheduled.get(0)).get("infusionMinutes").asInt());
            reader.await(TopicReader.event("TherapySessionScheduled", patientId.toString()), 19, WAIT)
                    .forEach(r -> EventContracts.assertValid("TherapySessionScheduled", r.value()));
        }
        try (TopicReader plans = TopicReader.subscribe(Topics.PLANS)) {
            ConsumerRecord<String, String> activated = plans.awaitOne(r -> "TreatmentPlanStatusChanged".equals(
                    TopicReader.header(r, "ce_type")) && r.value().contains(patientId.toString())
                    && "ACTIVE".equals(TopicReader.json(r).path("status").asText()), WAIT);
            EventContracts.assertValid("TreatmentPlanStatusChanged", activated.value());
            assertEquals(monday.toString(), TopicReader.json(activated).path("startDate").asText(),
                    "outcomes count day 0 from the plan's start date");
        }

        as("therapist").queryParam("date", monday.toString()).get("/api/v1/appointments").then().statusCode(200)
                .body("items.patientId", hasItem(patientId.toString()));
        asPatient(patientId).get("/api/v1/patients/" + patientId + "/appointments").then().statusCode(200)
                .body("totalItems", is(22)).body("items.patientId", everyItem(is(patientId.toString())));
        asPatient(UUID.randomUUID()).get("/api/v1/patients/" + patientId + "/appointments").then().statusCode(403);
    }

    @Test
    void staffRescheduleAndCancelInsideClinicHours() {
        UUID patientId = UUID.randomUUID();
        LocalDate monday = nextMonday();
        String planId = activePlan(patientId, "ALCOHOL", monday);
        JsonPath booked = as("nurse").get("/api/v1/treatment-plans/" + planId + "/appointments").then().extract().jsonPath();
        String infusion = (String) ofKind(booked, "KETAMINE_INFUSION").get(0).get("id");
        String therapy = (String) ofKind(booked, "THERAPY").get(0).get("id");
        String tuesday9 = at(monday.plusDays(1), 9, 0);

        as("nurse").header("If-Match", "\"0\"").body(reschedule(at(monday.plusDays(1), 20, 0)))
                .post("/api/v1/appointments/" + infusion + "/reschedule").then().statusCode(400)
                .contentType("application/problem+json");
        as("nurse").header("If-Match", "\"0\"").body(reschedule(at(monday.plusDays(5), 9, 0)))
                .post("/api/v1/appointments/" + infusion + "/reschedule").then().statusCode(400);
        as("nurse").header("If-Match", "\"3\"").body(reschedule(tuesday9))
                .post("/api/v1/appointments/" + infusion + "/reschedule").then().statusCode(412);
        as("therapist").header("If-Match", "\"0\"").body(reschedule(tuesday9))
                .post("/api/v1/appointments/" + infusion + "/reschedule").then().statusCode(403);
        as("nurse").header("If-Match", "\"0\"").body(reschedule(tuesday9))
                .post("/api/v1/appointments/" + infusion + "/reschedule").then().statusCode(200)
                .body("startsAt", is(tuesday9)).body("status", is("SCHEDULED"));

        as("nurse").header("If-Match", "\"0\"").body("{\"reason\":\"Therapist on leave\"}")
                .post("/api/v1/appointments/" + therapy + "/cancellation").then().statusCode(200)
                .body("status", is("CANCELLED"));
        as("nurse").header("If-Match", "\"1\"").body("{\"reason\":\"again\"}")
                .post("/api/v1/appointments/" + therapy + "/cancellation").then().statusCode(409);

        try (TopicReader reader = TopicReader.subscribe(Topics.APPOINTMENTS)) {
            List<ConsumerRecord<String, String>> moved = reader.await(
                    r -> "InfusionScheduled".equals(TopicReader.header(r, "ce_type")) && r.value().contains(infusion), 2, WAIT);
            assertEquals(Instant.parse(tuesday9), Instant.parse(TopicReader.json(moved.get(1)).get("scheduledStart").asText()));
            ConsumerRecord<String, String> cancelled = reader.awaitOne(
                    r -> "AppointmentCancelled".equals(TopicReader.header(r, "ce_type")) && r.value().contains(therapy), WAIT);
            EventContracts.assertValid("AppointmentCancelled", cancelled.value());
        }
    }

    @Test
    void completedDeferredAndSeriousAdverseEventsMoveThePlan() {
        UUID patientId = UUID.randomUUID();
        LocalDate monday = nextMonday();
        String planId = activePlan(patientId, "ALCOHOL", monday);
        JsonPath booked = as("nurse").get("/api/v1/treatment-plans/" + planId + "/appointments").then().extract().jsonPath();
        List<Map<String, Object>> infusions = ofKind(booked, "KETAMINE_INFUSION");
        String first = (String) infusions.get(0).get("id");
        String second = (String) infusions.get(1).get("id");
        String third = (String) infusions.get(2).get("id");

        try (EventSender sender = new EventSender()) {
            String completedId = UUID.randomUUID().toString();
            String completed = sessionEvent(first, planId, patientId, "\"completedAt\":\"2026-11-30T18:40:00Z\",\"totalDoseMg\":58.0");
            EventContracts.assertValid("InfusionCompleted", completed);
            sender.sendCloudEvent("infusion.sessions", UUID.randomUUID().toString(), completedId, "InfusionCompleted",
                    "urn:kap:infusion-service", completed);
            sender.sendCloudEvent("infusion.sessions", UUID.randomUUID().toString(), completedId, "InfusionCompleted",
                    "urn:kap:infusion-service", completed); // redelivered
            String deferred = sessionEvent(second, planId, patientId,
                    "\"deferredAt\":\"2026-12-07T16:05:00Z\",\"reason\":\"Blood pressure 152/96 above 140/90\",\"failedChecks\":[\"BLOOD_PRESSURE\"]");
            EventContracts.assertValid("InfusionDeferred", deferred);
            sender.sendCloudEvent("infusion.sessions", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "InfusionDeferred", "urn:kap:infusion-service", deferred);
        }
        await().atMost(WAIT).untilAsserted(() -> as("nurse").get("/api/v1/appointments/" + second).then()
                .body("status", is("NEEDS_RESCHEDULE")));
        as("nurse").get("/api/v1/appointments/" + first).then().body("status", is("COMPLETED"));
        as("nurse").get("/api/v1/treatment-plans/" + planId).then().body("completedInfusions", is(1));
        String proposed = as("nurse").get("/api/v1/appointments/" + second).then()
                .body("statusReason", is("Infusion deferred: Blood pressure 152/96 above 140/90"))
                .extract().path("proposedStart");
        assertEquals(monday.plusDays(8), Instant.parse(proposed).atZone(CLINIC).toLocalDate(), "the next clinic day");
        String etag = as("nurse").get("/api/v1/appointments/" + second).then().extract().header("ETag");
        as("nurse").header("If-Match", etag).body(reschedule(proposed)).post("/api/v1/appointments/" + second + "/reschedule")
                .then().statusCode(200).body("status", is("SCHEDULED"));

        try (EventSender sender = new EventSender(); TopicReader plans = TopicReader.subscribe(Topics.PLANS)) {
            String sae = """
                    {"adverseEventId":"%s","sessionId":"%s","appointmentId":"%s","patientId":"%s","planId":"%s",
                     "type":"RESPIRATORY_DEPRESSION","actionsTaken":["INFUSION_STOPPED"],"reportedAt":"2026-12-08T17:00:00Z"}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), second, patientId, planId);
            EventContracts.assertValid("SeriousAdverseEventReported", sae);
            sender.sendCloudEvent("infusion.safety", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "SeriousAdverseEventReported", "urn:kap:infusion-service", sae);
            ConsumerRecord<String, String> held = plans.awaitOne(r -> patientId.toString().equals(r.key())
                    && r.value().contains("ON_HOLD"), WAIT);
            EventContracts.assertValid("TreatmentPlanStatusChanged", held.value());
        }
        as("nurse").get("/api/v1/treatment-plans/" + planId).then().body("status", is("ON_HOLD"))
                .body("statusReason", is("Serious adverse event reported; prescriber review required"));
        as("nurse").get("/api/v1/appointments/" + second).then().body("status", is("SCHEDULED"))
                .body("statusReason", is("Moved by the clinic")); // the infusion the event happened in is not cancelled
        as("nurse").get("/api/v1/appointments/" + third).then().body("status", is("CANCELLED"));
        as("nurse").get("/api/v1/appointments/" + first).then().body("status", is("COMPLETED"));
        JsonPath after = as("nurse").get("/api/v1/treatment-plans/" + planId + "/appointments").then().extract().jsonPath();
        assertEquals(7, ofKind(after, "THERAPY").stream().filter(a -> "SCHEDULED".equals(a.get("status"))).count(),
                "therapy goes on while infusions are held");

        // the prescriber reviews, resumes the plan and reinstates the third infusion
        String planEtag = as("prescriber").get("/api/v1/treatment-plans/" + planId).then().extract().header("ETag");
        as("prescriber").header("If-Match", planEtag).body("{\"status\":\"ACTIVE\",\"reason\":\"Reviewed; resume with monitoring\"}")
                .post("/api/v1/treatment-plans/" + planId + "/status").then().statusCode(200);
        String thirdEtag = as("nurse").get("/api/v1/appointments/" + third).then().extract().header("ETag");
        as("nurse").header("If-Match", thirdEtag).body(reschedule(at(monday.plusDays(21), 9, 0)))
                .post("/api/v1/appointments/" + third + "/reschedule").then().statusCode(200).body("status", is("SCHEDULED"));
    }

    @Test
    void discontinuingAPlanCancelsWhatIsStillUpcoming() {
        UUID patientId = UUID.randomUUID();
        String planId = activePlan(patientId, "COCAINE", nextMonday());
        String etag = as("prescriber").get("/api/v1/treatment-plans/" + planId).then().extract().header("ETag");
        as("prescriber").header("If-Match", etag).body("{\"status\":\"DISCONTINUED\",\"reason\":\"Patient moved away\"}")
                .post("/api/v1/treatment-plans/" + planId + "/status").then().statusCode(200);
        as("nurse").get("/api/v1/treatment-plans/" + planId + "/appointments").then()
                .body("items.status", everyItem(is("CANCELLED")));
    }

    private static String activePlan(UUID patientId, String substance, LocalDate start) {
        publishIntakeCompleted(eligibleIntake(UUID.randomUUID(), patientId, substance), patientId);
        String planId = org.riverwoods.kap.treatment.plan.PlanLifecycleTestSupport.awaitPlanOf(patientId);
        String plan = "/api/v1/treatment-plans/" + planId;
        as("prescriber").header("If-Match", "\"0\"").post(plan + "/approval").then().statusCode(200);
        as("prescriber").header("If-Match", "\"1\"")
                .body("{\"status\":\"ACTIVE\",\"reason\":\"Start of treatment\",\"startDate\":\"" + start + "\"}")
                .post(plan + "/status").then().statusCode(200).body("startDate", is(start.toString()));
        return planId;
    }

    private static List<Map<String, Object>> ofKind(JsonPath appointments, String kind) {
        return appointments.<Map<String, Object>>getList("items").stream().filter(a -> kind.equals(a.get("kind")))
                .sorted(java.util.Comparator.comparing(a -> (String) a.get("startsAt"))).toList();
    }

    private static LocalDate nextMonday() {
        return LocalDate.now(CLINIC).plusDays(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static String at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(CLINIC).toInstant().toString();
    }

    private static String reschedule(String startsAt) {
        return "{\"startsAt\":\"" + startsAt + "\",\"reason\":\"Moved by the clinic\"}";
    }

    private static String sessionEvent(String appointmentId, String planId, UUID patientId, String extra) {
        return "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"appointmentId\":\"" + appointmentId + "\",\"patientId\":\""
                + patientId + "\",\"planId\":\"" + planId + "\"," + extra + "}";
    }
}
