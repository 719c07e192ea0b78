package org.riverwoods.kap.kit.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read or write of patient data: who, in which role, did what to whose record, when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant occurredAt;
    public String actor;
    public String actorRoles;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    public String resourceType;
    public String resourceId;
    public UUID patientId;
    public String outcome;
}
