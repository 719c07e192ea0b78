package org.riverwoods.kap.kit.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A consumed Kafka record read as a binary-mode CloudEvent. A record without {@code ce_id} or
 * {@code ce_type}, whose payload is not a JSON object (whatever its type, even one the consumer
 * ignores), or whose payload does not read as its contract, is poison.
 */
public final class IncomingEvent {

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final ConsumerRecord<String, String> record;
    private final String id;
    private final String type;

    private IncomingEvent(ConsumerRecord<String, String> record, String id, String type) {
        this.record = record;
        this.id = id;
        this.type = type;
    }

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new PoisonMessageException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        if (!isJsonObject(record.value())) {
            throw new PoisonMessageException("Event payload is not a JSON object");
        }
        return new IncomingEvent(record, id, type);
    }

    /** Streams the payload's tokens without building it: well-formed, one object, nothing after it. */
    private static boolean isJsonObject(String payload) {
        if (payload == null) {
            return false;
        }
        try (JsonParser parser = JSON_FACTORY.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The CloudEvent id, the key of de-duplication. */
    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public boolean is(String eventType) {
        return type.equals(eventType);
    }

    public String source() {
        return header(record, "ce_source");
    }

    /** The topic it was consumed from. */
    public String topic() {
        return record.topic();
    }

    /** The W3C {@code traceparent} header the producer's relay sent with it; null if none. */
    public String traceParent() {
        return header(record, "traceparent");
    }

    /** When the producer wrote the change ({@code ce_time}); the consumption time if absent or unreadable. */
    public Instant time() {
        String time = header(record, "ce_time");
        try {
            return time == null ? Instant.now() : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** The payload as the consumer's view of the contract; poison if it does not read as one. */
    public <T> T payload(ObjectMapper json, Class<T> contract) {
        try {
            T payload = record.value() == null ? null : json.readValue(record.value(), contract);
            if (payload == null) {
                throw new PoisonMessageException(type + " without a payload");
            }
            return payload;
        } catch (IOException e) {
            throw new PoisonMessageException(type + " payload is not valid JSON of the contract");
        }
    }

    /** The payload as a JSON object, for consumers that read every type (timelines). */
    public JsonNode payloadTree(ObjectMapper json) {
        try {
            JsonNode node = record.value() == null ? null : json.readTree(record.value());
            if (node == null || !node.isObject()) {
                throw new PoisonMessageException("Event payload is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new PoisonMessageException("Event payload is not valid JSON");
        }
    }

    /** Refuses an event whose payload lacks what the contract requires. */
    public void require(boolean condition, String what) {
        if (!condition) {
            throw new PoisonMessageException(type + " without " + what);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
