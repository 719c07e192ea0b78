package org.riverwoods.kap.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A consumed record turned into what a {@code dead_letter} row keeps, and back into the record a
 * consumer method reads. Key, value and headers are kept as bytes: a poison record may hold anything,
 * a NUL included, and a replay must hand over exactly what was consumed.
 */
final class StoredRecord {

    /** One header; its value in base64 (null for a header without a value). */
    record StoredHeader(String name, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_ID = 200;

    private StoredRecord() {
    }

    static byte[] bytes(Object keyOrValue) {
        if (keyOrValue == null) {
            return null;
        }
        if (keyOrValue instanceof byte[] raw) {
            return raw;
        }
        return keyOrValue.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String headers(Headers headers) {
        List<StoredHeader> stored = new ArrayList<>();
        if (headers != null) {
            for (Header header : headers) {
                stored.add(new StoredHeader(header.key(),
                        header.value() == null ? null : Base64.getEncoder().encodeToString(header.value())));
            }
        }
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers could not be written as JSON", e);
        }
    }

    static Headers headers(String stored) {
        RecordHeaders headers = new RecordHeaders();
        try {
            for (StoredHeader header : JSON.readValue(stored, new TypeReference<List<StoredHeader>>() {
            })) {
                headers.add(header.name(), header.value() == null ? null : Base64.getDecoder().decode(header.value()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers are not the JSON the kit writes", e);
        }
        return headers;
    }

    /** A header as text for the columns and views: control characters dropped, at most 200 characters. */
    static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return printable(new String(header.value(), StandardCharsets.UTF_8), LONGEST_ID);
    }

    static String printable(String text, int longest) {
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= longest ? clean : clean.substring(0, longest - 1) + "…";
    }

    /** The record as it was consumed; the services' consumers read keys and values as UTF-8 text. */
    static ConsumerRecord<String, String> toConsumerRecord(DeadLetter letter) {
        long timestamp = letter.recordTimestamp == null ? ConsumerRecord.NO_TIMESTAMP
                : letter.recordTimestamp.toEpochMilli();
        String key = letter.recordKey == null ? null : new String(letter.recordKey, StandardCharsets.UTF_8);
        String value = letter.payload == null ? null : new String(letter.payload, StandardCharsets.UTF_8);
        return new ConsumerRecord<>(letter.topic, letter.recordPartition, letter.recordOffset, timestamp,
                TimestampType.CREATE_TIME, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key, value,
                headers(letter.headers), Optional.empty());
    }
}
