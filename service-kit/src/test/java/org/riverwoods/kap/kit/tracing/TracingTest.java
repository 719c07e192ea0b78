package org.riverwoods.kap.kit.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.testapp.ApplyCommand;
import org.riverwoods.kap.kit.testapp.CommandsConsumer;
import org.riverwoods.kap.kit.testapp.FactLearned;
import org.riverwoods.kap.kit.testapp.FactsConsumer;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;
import org.riverwoods.kap.kit.testsupport.Eventually;
import org.riverwoods.kap.kit.testsupport.Events;
import org.riverwoods.kap.kit.testsupport.NoteBody;
import org.riverwoods.kap.kit.testsupport.RecordedSpans;
import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.EventSender;
import org.riverwoods.kap.testing.TestKafka;
import org.riverwoods.kap.testing.TopicReader;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One trace runs from a REST call through the outbox, the relay and the real broker to the effect of
 * the consumer; log lines written meanwhile carry its ids; no span carries what the request carried.
 */
@QuarkusTest
class TracingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String FACTS_CONSUMER_SPAN = FactsConsumer.CONSUMER + " process";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theConsumerOfAnEventContinuesTheTraceOfTheRequestThatWroteIt() {
        String factKey = "traced-" + UUID.randomUUID();
        Api.as("nurse").body("{\"factKey\":\"" + factKey + "\"}").post("/api/v1/facts").then().statusCode(202);
        String subject = UUID.nameUUIDFromBytes(factKey.getBytes(StandardCharsets.UTF_8)).toString();

        String stored = Database.text("select trace_parent from outbox_event where subject = ?", subject);
        assertNotNull(stored, "the outbox row keeps the trace context of the request that wrote it");
        String traceId = TraceParent.traceId(stored);
        assertNotNull(traceId, "a W3C traceparent: " + stored);

        SpanData server = RecordedSpans.await(spans, "the POST's server span",
                s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertEquals("POST /api/v1/facts", server.getName(), "named by its route");
        assertEquals("00-" + traceId + "-" + server.getSpanId() + "-01", stored,
                "the row names the server span as the parent of what follows");

        SpanData producer = RecordedSpans.await(spans, "the relay's producer span",
                s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
        assertEquals(server.getSpanId(), producer.getParentSpanId(), "the relay continues the request's trace");

        try (TopicReader reader = TopicReader.subscribe(FactLearned.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitOne(r -> subject.equals(r.key()), WAIT);
            String header = TopicReader.header(record, TraceParent.HEADER);
            assertNotNull(header, "the record carries a traceparent header");
            assertEquals("00-" + traceId + "-" + producer.getSpanId() + "-01", header,
                    "the header names the producer span, in the request's trace");
        }

        SpanData consumer = RecordedSpans.await(spans, "the consumer's process span",
                s -> s.getName().equals(FACTS_CONSUMER_SPAN) && s.getTraceId().equals(traceId));
        assertEquals(SpanKind.CONSUMER, consumer.getKind());
        assertEquals(server.getTraceId(), consumer.getTraceId(), "one trace from the POST to the consumer");
        assertTrue(descendsFrom(consumer, producer), "the consumer span descends from the producer span: "
                + RecordedSpans.ofTrace(spans, traceId).stream().map(TracingTest::describe).toList());
        assertEquals("FactLearned", consumer.getAttributes().get(AttributeKey.stringKey("cloudevents.event_type")));
        Eventually.until("the fact is learnt", WAIT,
                () -> Database.number("select count(*) from fact where fact_key = ?", factKey) == 1);
    }

    @Test
    void aCallersTraceContextIsContinuedAcrossTheBroker() {
        String traceId = hex(32);
        String callerSpan = hex(16);
        String factKey = "traced-" + UUID.randomUUID();
        Api.as("nurse").header(TraceParent.HEADER, "00-" + traceId + "-" + callerSpan + "-01")
                .body("{\"factKey\":\"" + factKey + "\"}").post("/api/v1/facts").then().statusCode(202);
        String subject = UUID.nameUUIDFromBytes(factKey.getBytes(StandardCharsets.UTF_8)).toString();

        assertEquals(traceId, TraceParent.traceId(
                Database.text("select trace_parent from outbox_event where subject = ?", subject)));
        try (TopicReader reader = TopicReader.subscribe(FactLearned.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitOne(r -> subject.equals(r.key()), WAIT);
            assertEquals(traceId, TraceParent.traceId(TopicReader.header(record, TraceParent.HEADER)));
        }
        SpanData server = RecordedSpans.await(spans, "the server span",
                s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
        assertEquals(callerSpan, server.getParentSpanId(), "the caller's span is the server span's parent");
        RecordedSpans.await(spans, "the consumer's process span",
                s -> s.getName().equals(FACTS_CONSUMER_SPAN) && s.getTraceId().equals(traceId));
    }

    @Test
    void noSpanCarriesWhatTheRequestCarried() {
        UUID patientId = UUID.randomUUID();
        String name = "Marguerite Quillfeather";
        String birthDay = "1961-02-03";
        String mrn = "MRN-00412377";
        String token = DevTokens.staff("nurse-ottoline", "nurse");
        String writeTrace = hex(32);
        String readTrace = hex(32);

        String noteId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header(TraceParent.HEADER, "00-" + writeTrace + "-" + hex(16) + "-01")
                .queryParam("patient", name).queryParam("mrn", mrn)
                .body(NoteBody.valid(patientId).set("text", "\"" + name + ", born " + birthDay + ", " + mrn + "\"")
                        .set("day", "\"" + birthDay + "\"").set("tags", "[\"" + mrn + "\"]").json())
                .post(Api.NOTES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).header(TraceParent.HEADER, "00-" + readTrace + "-" + hex(16) + "-01")
                .queryParam("mrn", mrn).queryParam("dateOfBirth", birthDay)
                .get(Api.NOTES + "/by-day/" + birthDay).then().statusCode(200);

        RecordedSpans.await(spans, "the write's server span",
                s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(writeTrace));
        RecordedSpans.await(spans, "the write's producer span",
                s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(writeTrace));
        SpanData read = RecordedSpans.await(spans, "the read's server span",
                s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(readTrace));
        assertEquals("GET /api/v1/notes/by-day/{day}", read.getName(), "the route template, not the path");

        List<SpanData> recorded = new ArrayList<>(RecordedSpans.ofTrace(spans, writeTrace));
        recorded.addAll(RecordedSpans.ofTrace(spans, readTrace));
        List<String> leaks = new ArrayList<>();
        for (SpanData span : recorded) {
            List<String> texts = new ArrayList<>();
            texts.add(span.getName());
            span.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
            span.getEvents().forEach(e -> {
                texts.add(e.getName());
                e.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
            });
            for (String text : texts) {
                for (String secret : List.of("Marguerite", "Quillfeather", birthDay, "00412377", "ottoline",
                        patientId.toString(), noteId)) {
                    if (text.contains(secret)) {
                        leaks.add(span.getName() + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "span names, attributes and events carry none of the request's values");

        assertEquals("/api/v1/notes/by-day/{*}", read.getAttributes().get(AttributeKey.stringKey("url.path")));
        Optional.ofNullable(read.getAttributes().get(AttributeKey.stringKey("url.query")))
                .ifPresent(q -> assertEquals(SpanRedaction.REDACTED, q, "the query string is not recorded"));
        for (String key : List.of("client.address", "network.peer.address", "user_agent.original", "enduser.id")) {
            String value = read.getAttributes().get(AttributeKey.stringKey(key));
            assertTrue(value == null || value.equals(SpanRedaction.REDACTED), key + " is recorded: " + value);
        }
        assertFalse(recorded.stream().anyMatch(s -> s.getAttributes().get(AttributeKey.stringKey("db.system")) != null
                || s.getAttributes().get(AttributeKey.stringKey("db.system.name")) != null), "no database spans");
        Eventually.until("the note's event is published", WAIT, () -> Database.number(
                "select count(*) from outbox_event where subject = ? and published_at is null", noteId) == 0);
    }

    @Test
    void aLineLoggedWhileAnEventIsHandledCarriesItsTraceAndSpan() throws Exception {
        String traceId = hex(32);
        String producerSpan = hex(16);
        String eventId = UUID.randomUUID().toString();
        String commandId = UUID.randomUUID().toString();
        String fact = "fact-" + UUID.randomUUID();
        List<String[]> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord line && line.getFormattedMessage().contains(eventId)) {
                    logged.add(new String[] { line.getMdc("traceId"), line.getMdc("spanId") });
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger inbox = java.util.logging.Logger.getLogger(Inbox.class.getName());
        inbox.addHandler(capture);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // a command whose fact is not known yet: held, and its retries are logged inside the handling
            ProducerRecord<String, String> command = new ProducerRecord<>(ApplyCommand.TOPIC, commandId,
                    Events.command(commandId, fact));
            Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", ApplyCommand.TYPE, "ce_source", Events.SOURCE,
                    TraceParent.HEADER, "00-" + traceId + "-" + producerSpan + "-01")
                    .forEach((name, value) -> command.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(command).get();
            Eventually.until("a retry of the held command is logged", WAIT, () -> !logged.isEmpty());
        } finally {
            try (EventSender sender = new EventSender()) {
                Events.sendFact(sender, fact);
            }
            Eventually.until("the command applies once its fact is known", WAIT,
                    () -> Events.effectsOf(commandId) == 1);
            inbox.removeHandler(capture);
        }
        SpanData handling = RecordedSpans.await(spans, "the command's process span",
                s -> s.getName().equals(CommandsConsumer.CONSUMER + " process") && s.getTraceId().equals(traceId));
        assertEquals(traceId, logged.get(0)[0], "the log line's traceId is the producer's trace");
        assertEquals(handling.getSpanId(), logged.get(0)[1], "its spanId is the handling's span");
    }

    private boolean descendsFrom(SpanData span, SpanData ancestor) {
        Map<String, SpanData> byId = new java.util.HashMap<>();
        RecordedSpans.ofTrace(spans, span.getTraceId()).forEach(s -> byId.put(s.getSpanId(), s));
        for (SpanData s = span; s != null; s = byId.get(s.getParentSpanId())) {
            if (s.getParentSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(SpanData s) {
        return s.getKind() + " " + s.getName() + " " + s.getSpanId() + "<-" + s.getParentSpanId();
    }

    private static String hex(int length) {
        String hex = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return hex.substring(0, length);
    }
}
