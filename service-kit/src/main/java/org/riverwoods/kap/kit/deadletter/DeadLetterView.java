package org.riverwoods.kap.kit.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * A dead letter as the admin API shows it: where the record came from, which event it was, why it was
 * dead-lettered and whether it has been replayed. Not its value (patient data): only its size; the
 * record itself is on the dead-letter topic and in the table for those allowed to read them.
 */
public record DeadLetterView(UUID id, String channel, String topic, int partition, long offset, String key,
        String eventId, String eventType, String reasonKind, String reason, Instant deadLetteredAt,
        DeadLetterStatus status, Instant replayedAt, String replayedBy, Instant dismissedAt, String dismissedBy,
        String dismissalReason, int payloadBytes) {

    static DeadLetterView of(DeadLetter letter) {
        String key = letter.recordKey == null ? null
                : StoredRecord.printable(new String(letter.recordKey, java.nio.charset.StandardCharsets.UTF_8), 200);
        return new DeadLetterView(letter.id, letter.channel, letter.topic, letter.recordPartition, letter.recordOffset,
                key, letter.eventId, letter.eventType, letter.reasonKind, letter.reason, letter.deadLetteredAt,
                letter.status, letter.replayedAt, letter.replayedBy, letter.dismissedAt, letter.dismissedBy,
                letter.dismissalReason, letter.payload == null ? 0 : letter.payload.length);
    }
}
