package org.riverwoods.kap.outcomes.diary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One Timeline Followback day. A day without a row is unknown, not abstinent. */
@Entity
@Table(name = "diary_day")
@IdClass(DiaryDay.Key.class)
public class DiaryDay extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Id
    public LocalDate day;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<DiaryEntry> entries;
    public Instant recordedAt;
    public String recordedBy;
    @Version
    public long rowVersion;

    public static class Key implements Serializable {
        public UUID patientId;
        public LocalDate day;

        public Key() {
        }

        public Key(UUID patientId, LocalDate day) {
            this.patientId = patientId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.patientId.equals(patientId) && k.day.equals(day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, day);
        }
    }
}
