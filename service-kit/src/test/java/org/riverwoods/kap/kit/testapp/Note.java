package org.riverwoods.kap.kit.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A clinical note about a patient: one field of each kind the kit's strict input reads. */
@Entity
@Table(name = "note")
public class Note {

    @Id
    public UUID id;
    @Version
    public long version;
    public UUID patientId;
    public String text;
    public LocalDate day;
    public Integer count;
    public Boolean urgent;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags;
    public boolean archived;
    public Instant createdAt;
}
