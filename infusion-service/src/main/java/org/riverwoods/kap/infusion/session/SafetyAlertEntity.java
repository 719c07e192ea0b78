package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "safety_alert")
public class SafetyAlertEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID sessionId;
    public String rule;
    public String level;
    public String message;
    public Instant raisedAt;
    public UUID readingId;
}
