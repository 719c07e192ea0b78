package org.riverwoods.kap.outcomes.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A diary day as it was before an edit, and who replaced it when. */
@Entity
@Table(name = "diary_day_history")
public class DiaryDayHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID patientId;
    public LocalDate day;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<DiaryEntry> entries;
    public Instant recordedAt;
    public String recordedBy;
    public Instant replacedAt;
    public String replacedBy;
}
