package org.riverwoods.kap.outcomes.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponse extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Questionnaire questionnaire;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<Integer> answers;
    public int total;
    public String band;
    public boolean suicideRisk;
    public Instant answeredAt;
    public Instant recordedAt;
    public String recordedBy;

    /** The most recent total of one questionnaire, or null. */
    public static Integer latestTotal(UUID patientId, Questionnaire questionnaire) {
        QuestionnaireResponse r = find("patientId = ?1 and questionnaire = ?2 order by answeredAt desc", patientId,
                questionnaire).firstResult();
        return r == null ? null : r.total;
    }
}
