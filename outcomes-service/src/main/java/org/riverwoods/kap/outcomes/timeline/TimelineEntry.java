package org.riverwoods.kap.outcomes.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String eventId;
    public UUID patientId;
    public Instant occurredAt;
    public String source;
    public String eventType;
    public String summary;
    /** Shown to staff only: e.g. safety alerts and suicide-risk flags are not shown in the patient's app. */
    public boolean staffOnly;
}
