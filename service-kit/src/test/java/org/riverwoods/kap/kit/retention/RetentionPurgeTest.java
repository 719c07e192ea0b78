package org.riverwoods.kap.kit.retention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.outbox.OutboxRelay;
import org.riverwoods.kap.kit.testapp.ApplyCommand;
import org.riverwoods.kap.kit.testapp.FactLearned;
import org.riverwoods.kap.kit.testapp.NoteWritten;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.testing.TestKafka;
import org.riverwoods.kap.testing.TestPostgres;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The purge deletes what is past its retention and nothing else: never an unpublished outbox row,
 * a processed id a consumed topic could still redeliver, or an Idempotency-Key inside its window.
 */
@QuarkusTest
class RetentionPurgeTest {

    /** Rows of this test only; the relay is paused while they exist, so none is ever sent. */
    static final String TOPIC = "kit-test.retention";

    @Inject
    RetentionPurge purge;

    @Inject
    RedeliveryHorizon horizon;

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry metrics;

    private final String marker = "retention-test-" + UUID.randomUUID();

    @BeforeEach
    void hold() {
        relay.pause();
        purge.pause(); // the schedule stays out of the way; purge() still runs
    }

    @AfterEach
    void clean() {
        Database.update("delete from outbox_event where topic = ?", TOPIC);
        Database.update("delete from processed_event where consumer = ?", marker);
        Database.update("delete from idempotent_request where principal = ?", marker);
        relay.resume();
        purge.resume();
    }

    @Test
    void oldRowsGoAndUnpublishedRecentAndLiveRowsStay() {
        UUID oldPublished = outbox("8 days", "8 days", null);
        UUID recentPublished = outbox("6 days", "6 days", null);
        UUID unpublished = outbox("30 days", null, null);
        UUID beingSent = outbox("30 days", null, "1 minute");
        processed("old", "61 days");
        processed("recent", "59 days");
        processed("new", "0 seconds");
        key("old", "3 days");
        key("expired-but-young", "25 hours");
        key("live", "1 hour");
        double before = counted("outbox_event") + counted("processed_event") + counted("idempotent_request");

        Map<String, Long> deleted = purge.purge();

        assertFalse(outboxRow(oldPublished), "published 8 days ago: past kap.retention.outbox-published-after (P7D)");
        assertTrue(outboxRow(recentPublished), "published 6 days ago: kept");
        assertTrue(outboxRow(unpublished), "never published: kept however old");
        assertTrue(outboxRow(beingSent), "claimed by the relay, not yet published: kept");
        assertEquals(List.of("new", "recent"), processedIds(), "past P60D goes; younger ids stay");
        assertEquals(List.of("expired-but-young", "live"), keys(),
                "past P2D goes; a key inside the P24H window, or just past it, stays");
        assertTrue(deleted.get("outbox_event") >= 1 && deleted.get("processed_event") >= 1
                && deleted.get("idempotent_request") >= 1, deleted.toString());
        double after = counted("outbox_event") + counted("processed_event") + counted("idempotent_request");
        assertEquals(before + deleted.values().stream().mapToLong(Long::longValue).sum(), after, 0.0,
                "kap_retention_purged_total counts every deleted row");
    }

    @Test
    void aKeyARequestIsReplacingRightNowIsLeftToThatRequest() throws SQLException {
        key("in-use", "3 days");
        try (Connection request = connect()) {
            // What IdempotentCreation holds while it replaces an expired key.
            request.setAutoCommit(false);
            try (Statement lock = request.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(hashtextextended('" + marker + "' || chr(10) || 'in-use', 0))");
            }
            purge.purge();
            assertEquals(List.of("in-use"), keys(), "skipped while a request holds the key");
            request.rollback();
        }
        purge.purge();
        assertEquals(List.of(), keys(), "deleted once the request is done");
    }

    @Test
    void processedIdsOutliveTheLongestRedeliveryOfAConsumedTopic() throws Exception {
        ConfigResource facts = new ConfigResource(ConfigResource.Type.TOPIC, FactLearned.TOPIC);
        try (Admin admin = admin()) {
            assertInstanceOf(RedeliveryHorizon.Bounded.class, horizon.ask(), "the test broker's default retention");
            try {
                retention(admin, facts, AlterConfigOp.OpType.SET, String.valueOf(Duration.ofDays(80).toMillis()));
                RedeliveryHorizon.Horizon raised = horizon.ask();
                assertEquals(new RedeliveryHorizon.Bounded(Duration.ofDays(80 + 7 + 1), FactLearned.TOPIC), raised,
                        "retention.ms + segment.ms (7 days) + a day's margin");
                processed("within-redelivery", "70 days");
                processed("beyond-redelivery", "90 days");
                purge.purge();
                assertEquals(List.of("within-redelivery"), processedIds(),
                        "70 days is past P60D, but the topic may still deliver the event again");

                retention(admin, facts, AlterConfigOp.OpType.SET, "-1");
                assertInstanceOf(RedeliveryHorizon.Unbounded.class, horizon.ask());
                processed("ancient", "3650 days");
                purge.purge();
                assertEquals(List.of("ancient", "within-redelivery"), processedIds(),
                        "a topic that keeps records for ever can redeliver anything: no id is purged");
            } finally {
                retention(admin, facts, AlterConfigOp.OpType.DELETE, "");
            }
        }
    }

    @Test
    void theTopicsAskedAboutAreThoseTheServiceConsumes() {
        assertTrue(horizon.consumedTopics().containsAll(List.of(ApplyCommand.TOPIC, FactLearned.TOPIC)),
                horizon.consumedTopics().toString());
        assertFalse(horizon.consumedTopics().contains(NoteWritten.TOPIC), "a topic it only publishes");
    }

    @Test
    void purgedRowsAreCountedPerTable() {
        purge.purge();
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String table : List.of("outbox_event", "processed_event", "idempotent_request")) {
            assertTrue(scrape.contains("kap_retention_purged_total{table=\"" + table + "\"}"), table);
            assertTrue(scrape.contains("kap_retention_batch_seconds_count{table=\"" + table + "\"}"), table);
        }
    }

    @Test
    void eachPurgeWalksItsIndexAndNeverScansTheTable() throws SQLException {
        assertPlan(RetentionPurge.PURGE_OUTBOX, "outbox_event_published");
        assertPlan(RetentionPurge.PURGE_PROCESSED, "processed_event_processed_at");
        assertPlan(RetentionPurge.PURGE_IDEMPOTENCY, "idempotent_request_created_at");
    }

    /** The plan of a purge batch: must walk the named index, and scan no table. */
    static String assertPlan(String purgeSql, String index) throws SQLException {
        String sql = purgeSql.replace("?1", "now() - interval '7 days'").replace("?2", "500");
        StringBuilder plan = new StringBuilder();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // The kit's test tables are small: a sequential scan would be cheaper, and would hide an unusable index.
            statement.execute("set enable_seqscan = off");
            try (ResultSet lines = statement.executeQuery("explain " + sql)) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
        }
        assertTrue(plan.toString().contains(index), "walks " + index + ":\n" + plan);
        assertFalse(plan.toString().contains("Seq Scan"), "scans no table:\n" + plan);
        return plan.toString();
    }

    private UUID outbox(String occurredAgo, String publishedAgo, String claimedFor) {
        UUID id = UUID.randomUUID();
        Database.update("insert into outbox_event (id, topic, message_key, event_type, subject, occurred_at, payload, "
                + "published_at, claimed_until) values (?, ?, ?, 'RetentionProbe', ?, now() - ?::interval, '{}'::jsonb, "
                + "now() - ?::interval, now() + ?::interval)", id, TOPIC, marker, marker, occurredAgo, publishedAgo,
                claimedFor);
        return id;
    }

    private void processed(String eventId, String ago) {
        Database.update("insert into processed_event (consumer, event_id, processed_at) values (?, ?, now() - ?::interval)",
                marker, eventId, ago);
    }

    private void key(String key, String ago) {
        Database.update("insert into idempotent_request (principal, idempotency_key, request_fingerprint, "
                + "response_status, response_location, response_body, created_at) "
                + "values (?, ?, 'f', 201, '/x', '{}', now() - ?::interval)", marker, key, ago);
    }

    private static boolean outboxRow(UUID id) {
        return Database.number("select count(*) from outbox_event where id = ?", id) == 1;
    }

    private List<String> processedIds() {
        return list("select event_id from processed_event where consumer = ? order by event_id");
    }

    private List<String> keys() {
        return list("select idempotency_key from idempotent_request where principal = ? order by idempotency_key");
    }

    private List<String> list(String sql) {
        String joined = Database.text("select string_agg(v, ',') from (" + sql + ") rows(v)", marker);
        return joined == null ? List.of() : List.of(joined.split(","));
    }

    private double counted(String table) {
        return metrics.get("kap.retention.purged").tag("table", table).counter().count();
    }

    private static void retention(Admin admin, ConfigResource topic, AlterConfigOp.OpType op, String value)
            throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic,
                List.of(new AlterConfigOp(new ConfigEntry("retention.ms", value), op)))).all().get();
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return Admin.create(config);
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(Database.jdbcUrl(), TestPostgres.user(), TestPostgres.password());
    }
}
