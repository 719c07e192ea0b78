package org.riverwoods.kap.kit.deadletter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.riverwoods.kap.kit.testsupport.Events.DEAD_LETTERS;
import static org.riverwoods.kap.kit.testsupport.Events.SOURCE;
import static org.riverwoods.kap.kit.testsupport.Events.WAIT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riverwoods.kap.kit.inbox.ClassifiedFailureStrategy;
import org.riverwoods.kap.kit.testapp.DoTask;
import org.riverwoods.kap.kit.testapp.Tasks;
import org.riverwoods.kap.kit.testapp.TasksConsumer;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.Eventually;
import org.riverwoods.kap.kit.testsupport.Problems;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Dead letters that operators can list and replay: poison and a valid event that keeps failing for a
 * reason that is not transient are both kept (table and topic) and the consumer goes on; once the cause
 * is fixed a replay applies the event once, and a second replay changes nothing. A transient failure is
 * never dead-lettered, however long it lasts.
 */
@QuarkusTest
class DeadLettersTest {

    private static final String TASKS = DoTask.TOPIC;
    private static final String LETTERS = "/api/v1/admin/dead-letters";
    /** The kit's default of kap.consumer.retry.unexpected-attempts. */
    private static final int UNEXPECTED_ATTEMPTS = 5;

    @Inject
    Tasks tasks;

    @AfterEach
    void mend() {
        tasks.mendAll();
    }

    @Test
    void poisonAndAFailingValidEventAreDeadLetteredAndReplayedOnceTheCauseIsFixed() {
        String poisonKey = UUID.randomUUID().toString();
        String failingKey = UUID.randomUUID().toString();
        String failingTask = "task-" + UUID.randomUUID();
        String nextTask = "task-" + UUID.randomUUID();
        String afterPoisonTask = "task-" + UUID.randomUUID();
        tasks.breakTask(failingTask);
        double unexpectedBefore = retriesCounted("unexpected");
        String failingEventId;
        try (EventSender sender = new EventSender();
             TopicReader taskTopic = TopicReader.subscribe(TASKS);
             TopicReader deadLetterTopic = TopicReader.subscribe(DEAD_LETTERS)) {
            // Same key, same partition: the task after each is consumed only after it.
            sender.sendRaw(TASKS, poisonKey, task(afterPoisonTask)); // no CloudEvent headers: poison
            sendTask(sender, poisonKey, afterPoisonTask);
            failingEventId = sendTask(sender, failingKey, failingTask);
            sendTask(sender, failingKey, nextTask);

            Eventually.until("the consumer goes on past the failing task", WAIT, () -> effectsOf(nextTask) == 1);
            Eventually.until("the consumer goes on past the poison", WAIT, () -> effectsOf(afterPoisonTask) == 1);
            ConsumerRecord<String, String> failingRecord = taskTopic.awaitOne(r -> failingKey.equals(r.key())
                    && failingEventId.equals(TopicReader.header(r, "ce_id")), WAIT);
            ConsumerRecord<String, String> poisonRecord = taskTopic.awaitOne(r -> poisonKey.equals(r.key())
                    && TopicReader.header(r, "ce_id") == null, WAIT);

            // kept in the table, with where the record came from and why, and listed
            JsonPath failed = letter(letterIdOf(failingKey));
            assertEquals(TasksConsumer.CHANNEL, failed.getString("channel"));
            assertEquals(TASKS, failed.getString("topic"));
            assertEquals(failingRecord.partition(), failed.getInt("partition"));
            assertEquals(failingRecord.offset(), failed.getLong("offset"));
            assertEquals(failingKey, failed.getString("key"));
            assertEquals(failingEventId, failed.getString("eventId"));
            assertEquals(DoTask.TYPE, failed.getString("eventType"));
            assertEquals("failed", failed.getString("reasonKind"));
            assertTrue(failed.getString("reason").contains("IllegalStateException"), failed.prettify());
            assertFalse(failed.getString("reason").contains(failingTask), "the reason quotes no value: " + failed.prettify());
            assertEquals("UNREPLAYED", failed.getString("status"));
            assertNull(failed.get("replayedAt"));
            assertEquals(0, effectsOf(failingTask), "the failed attempts left no effect behind");
            assertEquals(UNEXPECTED_ATTEMPTS, retriesCounted("unexpected") - unexpectedBefore,
                    "retried in place a bounded number of times before it was dead-lettered");

            JsonPath poison = letter(letterIdOf(poisonKey));
            assertEquals("poison", poison.getString("reasonKind"));
            assertEquals(poisonRecord.offset(), poison.getLong("offset"));
            assertNull(poison.get("eventId"), "a record without CloudEvent headers has no event id");
            assertTrue(poison.getString("reason").contains("ce_id"), poison.prettify());

            List<String> listed = unreplayedIds();
            assertTrue(listed.contains(failed.getString("id")) && listed.contains(poison.getString("id")),
                    "both are listed as unreplayed");

            // and published on the dead-letter topic, which quotes no value either
            ConsumerRecord<String, String> published = deadLetterTopic.awaitOne(r -> failingKey.equals(r.key()), WAIT);
            assertEquals(1, deadLetterTopic.collect(r -> failingKey.equals(r.key()), Duration.ofSeconds(1)).size(),
                    "only the failing task of its key is dead-lettered, not the one after it");
            assertEquals(failingRecord.value(), published.value());
            assertEquals("failed", TopicReader.header(published, ClassifiedFailureStrategy.KIND_HEADER));
            assertEquals(failed.getString("id"), TopicReader.header(published, ClassifiedFailureStrategy.ID_HEADER));
            assertEquals(TASKS, TopicReader.header(published, "dead-letter-topic"));
            assertEquals(String.valueOf(failingRecord.offset()), TopicReader.header(published, "dead-letter-offset"));
            assertFalse(TopicReader.header(published, "dead-letter-reason").contains(failingTask));
            assertNull(TopicReader.header(published, "dead-letter-cause"), "no cause, so no cause message");
            ConsumerRecord<String, String> publishedPoison = deadLetterTopic.awaitOne(r -> poisonKey.equals(r.key()),
                    WAIT);
            assertEquals("poison", TopicReader.header(publishedPoison, ClassifiedFailureStrategy.KIND_HEADER));
        }
        String failedId = letterIdOf(failingKey);
        String poisonId = letterIdOf(poisonKey);
        assertGaugeAndHealthCountTheUnreplayed();

        // still broken: the replay fails, says so, and changes nothing
        JsonPath refused = Problems.assertProblem(Api.as("admin").post(LETTERS + "/" + failedId + "/replay"), 409,
                null, failingTask);
        assertEquals("urn:kap:problem:replay-failed", refused.getString("type"));
        assertEquals(0, effectsOf(failingTask));
        assertEquals("UNREPLAYED", letter(failedId).getString("status"));

        // fixed: the replay applies it once
        long unreplayedBefore = unreplayedInTable();
        tasks.mend(failingTask);
        Response first = Api.as("admin").post(LETTERS + "/" + failedId + "/replay");
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals("REPLAYED", first.jsonPath().getString("status"));
        assertEquals("dev-admin", first.jsonPath().getString("replayedBy"));
        String replayedAt = first.jsonPath().getString("replayedAt");
        assertNotNull(replayedAt);
        assertEquals(1, effectsOf(failingTask));
        assertEquals(unreplayedBefore - 1, unreplayedInTable());
        assertGaugeAndHealthCountTheUnreplayed();

        // a second replay changes nothing: the inbox knows the event
        Response second = Api.as("admin").post(LETTERS + "/" + failedId + "/replay");
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals(replayedAt, second.jsonPath().getString("replayedAt"), "the first replay stays on record");
        assertEquals(1, effectsOf(failingTask), "applied exactly once");
        assertEquals(1, Database.number("select count(*) from processed_event where consumer = ? and event_id = ?",
                TasksConsumer.CONSUMER, failingEventId));
        assertEquals(2, Database.number("select count(*) from audit_entry where resource_type = 'DeadLetter' "
                + "and resource_id = ? and action = 'UPDATE' and actor = 'dev-admin'", failedId),
                "every replay is audited");

        // poison stays poison
        Problems.assertProblem(Api.as("admin").post(LETTERS + "/" + poisonId + "/replay"), 409, "poison");
        assertEquals("UNREPLAYED", letter(poisonId).getString("status"));
    }

    @Test
    void replayingEveryUnreplayedLetterAppliesThoseWhoseCauseIsFixed() {
        String firstTask = "task-" + UUID.randomUUID();
        String secondTask = "task-" + UUID.randomUUID();
        String firstKey = UUID.randomUUID().toString();
        String secondKey = UUID.randomUUID().toString();
        tasks.breakTask(firstTask);
        tasks.breakTask(secondTask);
        try (EventSender sender = new EventSender()) {
            sendTask(sender, firstKey, firstTask);
            sendTask(sender, secondKey, secondTask);
        }
        Eventually.until("both tasks are dead-lettered", WAIT,
                () -> Database.number("select count(*) from dead_letter where record_key in "
                        + "(convert_to(?, 'UTF8'), convert_to(?, 'UTF8'))", firstKey, secondKey) == 2);
        String firstId = letterIdOf(firstKey);
        String secondId = letterIdOf(secondKey);
        tasks.mendAll();

        Response answer = Api.as("admin").post(LETTERS + "/replay");
        assertEquals(200, answer.statusCode(), answer.asString());
        List<String> replayed = answer.jsonPath().getList("replayed");
        assertTrue(replayed.contains(firstId) && replayed.contains(secondId), answer.asString());
        List<String> stillFailing = answer.jsonPath().getList("stillFailing.id");
        assertFalse(stillFailing.contains(firstId) || stillFailing.contains(secondId), answer.asString());
        assertEquals(answer.jsonPath().getInt("attempted"), replayed.size() + stillFailing.size());
        assertEquals(1, effectsOf(firstTask));
        assertEquals(1, effectsOf(secondTask));
        assertFalse(unreplayedIds().contains(firstId) || unreplayedIds().contains(secondId));

        Response again = Api.as("admin").post(LETTERS + "/replay");
        assertEquals(200, again.statusCode(), again.asString());
        assertFalse(again.jsonPath().getList("replayed").contains(firstId), "only unreplayed letters are taken");
        assertEquals(1, effectsOf(firstTask));
    }

    @Test
    void aTransientFailureOutlastingTheBoundIsStillRetriedAndNeverDeadLettered() {
        String task = "task-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        tasks.failTransiently(task, UNEXPECTED_ATTEMPTS + 1);
        double transientBefore = retriesCounted("transient");
        try (EventSender sender = new EventSender(); TopicReader deadLetterTopic = TopicReader.subscribe(DEAD_LETTERS)) {
            sendTask(sender, key, task);
            Eventually.until("the task applies after the outage", Duration.ofSeconds(30), () -> effectsOf(task) == 1);
            assertTrue(deadLetterTopic.collect(r -> key.equals(r.key()), Duration.ofSeconds(2)).isEmpty(),
                    "not on the dead-letter topic");
        }
        assertEquals(0, Database.number("select count(*) from dead_letter where record_key = convert_to(?, 'UTF8')",
                key), "not in the dead-letter table");
        assertTrue(retriesCounted("transient") - transientBefore >= UNEXPECTED_ATTEMPTS + 1,
                "retried past the bound of unexpected failures");
    }

    @Test
    void aPoisonLetterIsDismissedWithAReasonAndNoLongerCounts() {
        String poisonKey = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender()) {
            sender.sendRaw(TASKS, poisonKey, "not a CloudEvent"); // no CloudEvent headers: poison
        }
        String id = letterIdOf(poisonKey);
        double before = gauge();

        Problems.assertProblem(Api.as("admin").body("{\"reason\":\"  \"}").post(LETTERS + "/" + id + "/dismissal"),
                400, "reason");
        Problems.assertProblem(Api.as("nurse").body("{\"reason\":\"Test record\"}")
                .post(LETTERS + "/" + id + "/dismissal"), 403, null);
        Response dismissed = Api.as("admin").body("{\"reason\":\"A test record sent by hand; never a clinical event\"}")
                .post(LETTERS + "/" + id + "/dismissal");
        assertEquals(200, dismissed.statusCode(), dismissed.asString());
        assertEquals("DISMISSED", dismissed.jsonPath().getString("status"));
        assertEquals("A test record sent by hand; never a clinical event", dismissed.jsonPath().getString("dismissalReason"));
        assertNotNull(dismissed.jsonPath().getString("dismissedAt"));
        assertEquals(before - 1, gauge(), "a dismissed letter is no longer unreplayed");
        assertFalse(unreplayedIds().contains(id));
        assertEquals(1, Database.number("select count(*) from audit_entry where resource_type = 'DeadLetter'"
                + " and action = 'UPDATE' and resource_id = ?", id),
                "the dismissal is audited");

        // closed: neither replayed nor dismissed again
        Problems.assertProblem(Api.as("admin").post(LETTERS + "/" + id + "/replay"), 409, null);
        Problems.assertProblem(Api.as("admin").body("{\"reason\":\"again\"}").post(LETTERS + "/" + id + "/dismissal"),
                409, null);
    }

    @ParameterizedTest(name = "{0} may not see or replay dead letters")
    @ValueSource(strings = { "nurse", "prescriber", "therapist", "analyst" })
    void onlyAdminsMayListShowOrReplay(String role) {
        String id = UUID.randomUUID().toString();
        Problems.assertProblem(Api.as(role).get(LETTERS), 403, null);
        Problems.assertProblem(Api.as(role).get(LETTERS + "/" + id), 403, null);
        Problems.assertProblem(Api.as(role).post(LETTERS + "/" + id + "/replay"), 403, null);
        Problems.assertProblem(Api.as(role).post(LETTERS + "/replay"), 403, null);
    }

    @Test
    void patientsAndCallersWithoutATokenMayNot() {
        Problems.assertProblem(Api.asPatient(UUID.randomUUID()).get(LETTERS), 403, null);
        Problems.assertProblem(Api.asPatient(UUID.randomUUID()).post(LETTERS + "/replay"), 403, null);
        Problems.assertProblem(given().get(LETTERS), 401, null);
        Problems.assertProblem(given().post(LETTERS + "/replay"), 401, null);
    }

    @Test
    void anUnknownOrMalformedIdIsAProblem() {
        Problems.assertProblem(Api.as("admin").get(LETTERS + "/" + UUID.randomUUID()), 404, null);
        Problems.assertProblem(Api.as("admin").post(LETTERS + "/" + UUID.randomUUID() + "/replay"), 404, null);
        Problems.assertProblem(Api.as("admin").get(LETTERS + "/not-an-id"), 400, "deadLetterId");
        Problems.assertProblem(Api.as("admin").queryParam("status", "LOST").get(LETTERS), 400, "status");
        Response page = Api.as("admin").queryParam("size", 1).get(LETTERS);
        assertEquals(200, page.statusCode(), page.asString());
        assertEquals(1, page.jsonPath().getInt("size"));
    }

    /** The gauge and the health details agree with the table; readiness stays up. */
    private static void assertGaugeAndHealthCountTheUnreplayed() {
        long unreplayed = unreplayedInTable();
        assertTrue(unreplayed > 0);
        assertEquals(unreplayed, gauge(), "kap_dead_letters_unreplayed");
        Response ready = given().get("/q/health/ready");
        assertEquals(200, ready.statusCode(), "dead letters do not take the service out of traffic: " + ready.asString());
        Map<String, Object> check = ready.jsonPath().getMap("checks.find { it.name == 'dead letters' }");
        assertNotNull(check, ready.asString());
        assertEquals("UP", check.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        assertEquals(unreplayed, ((Number) data.get("unreplayed")).longValue(), ready.asString());
        assertTrue(String.valueOf(data.get("warning")).contains("/api/v1/admin/dead-letters"), ready.asString());
        assertTrue(data.containsKey("channel " + TasksConsumer.CHANNEL), ready.asString());
    }

    private static String task(String taskId) {
        return "{\"taskId\":\"" + taskId + "\"}";
    }

    private static String sendTask(EventSender sender, String key, String taskId) {
        String eventId = UUID.randomUUID().toString();
        sender.sendCloudEvent(TASKS, key, eventId, DoTask.TYPE, SOURCE, task(taskId));
        return eventId;
    }

    private static long effectsOf(String taskId) {
        return Database.number("select count(*) from task_effect where task_id = ?", taskId);
    }

    /** The id of the letter kept for the record keyed {@code key}, once it is there. */
    private static String letterIdOf(String key) {
        String sql = "select cast(id as varchar) from dead_letter where record_key = convert_to(?, 'UTF8')";
        Eventually.until("the record keyed " + key + " is dead-lettered", WAIT, () -> Database.text(sql, key) != null);
        return Database.text(sql, key);
    }

    private static JsonPath letter(String id) {
        Response answer = Api.as("admin").get(LETTERS + "/" + id);
        assertEquals(200, answer.statusCode(), answer.asString());
        return answer.jsonPath();
    }

    /** Every page of the unreplayed letters, as the API lists them. */
    private static List<String> unreplayedIds() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = Api.as("admin").queryParam("status", "UNREPLAYED").queryParam("page", page)
                    .queryParam("size", 100).get(LETTERS).then().statusCode(200).extract().jsonPath();
            ids.addAll(answer.getList("items.id"));
            assertTrue(answer.getList("items.status").stream().allMatch("UNREPLAYED"::equals));
            if (page + 1 >= answer.getInt("totalPages")) {
                return ids;
            }
        }
    }

    private static long unreplayedInTable() {
        return Database.number("select count(*) from dead_letter where status = 'UNREPLAYED'");
    }

    private static double gauge() {
        return metricLines().filter(line -> line.startsWith("kap_dead_letters_unreplayed"))
                .mapToDouble(DeadLettersTest::sampleValue)
                .findFirst().orElseThrow(() -> new AssertionError("no kap_dead_letters_unreplayed in /q/metrics"));
    }

    /** kap.consumer.retries for the tasks consumer, as scraped from /q/metrics. */
    private static double retriesCounted(String failure) {
        return metricLines().filter(line -> line.startsWith("kap_consumer_retries_total{"))
                .filter(line -> line.contains("consumer=\"" + TasksConsumer.CONSUMER + "\""))
                .filter(line -> line.contains("failure=\"" + failure + "\""))
                .mapToDouble(DeadLettersTest::sampleValue)
                .sum();
    }

    /** The value of a Prometheus sample line, which may end with an exemplar ("... 5.0 # {trace_id=...} 1.0 1733..."). */
    private static double sampleValue(String line) {
        int exemplar = line.indexOf(" # ");
        String sample = (exemplar < 0 ? line : line.substring(0, exemplar)).strip();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    private static java.util.stream.Stream<String> metricLines() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines();
    }
}
