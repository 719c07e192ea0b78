package org.riverwoods.kap.kit.deadletter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consumed record the service could not process, kept with everything a replay needs: where it
 * came from, its key, headers and value exactly as consumed, and why it was dead-lettered. Rows are
 * written by {@link DeadLetterStore} (insert only once per record); only the replay columns change.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    public UUID id;
    @Column(updatable = false)
    public String channel;
    @Column(updatable = false)
    public String topic;
    @Column(updatable = false)
    public int recordPartition;
    @Column(updatable = false)
    public long recordOffset;
    @Column(updatable = false)
    public Instant recordTimestamp;
    @Column(updatable = false)
    public byte[] recordKey;
    /** JSON array of {"name", "value" (base64)}: see {@link StoredRecord}. */
    @Column(updatable = false)
    public String headers;
    @Column(updatable = false)
    public byte[] payload;
    @Column(updatable = false)
    public String eventId;
    @Column(updatable = false)
    public String eventType;
    @Column(updatable = false)
    public String reasonKind;
    @Column(updatable = false)
    public String reason;
    @Column(updatable = false)
    public Instant deadLetteredAt;
    @Enumerated(EnumType.STRING)
    public DeadLetterStatus status;
    public Instant replayedAt;
    public String replayedBy;
    public Instant dismissedAt;
    public String dismissedBy;
    public String dismissalReason;
}
