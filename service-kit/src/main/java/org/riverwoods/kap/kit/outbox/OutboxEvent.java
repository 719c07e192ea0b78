package org.riverwoods.kap.kit.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event waiting for (or done with) publication; {@code sequence} keeps the commit order. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    public UUID id;
    public String topic;
    public String messageKey;
    public String eventType;
    public String subject;
    public Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String payload;
    public Instant publishedAt;
    public Instant claimedUntil;
    /** The W3C {@code traceparent} of the request or event that wrote it; the relay continues that trace. */
    public String traceParent;
}
