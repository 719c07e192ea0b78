package org.riverwoods.kap.outcomes.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionnaireResponse")
public record QuestionnaireView(UUID id, Questionnaire questionnaire, String loincCode, List<Integer> answers, int total,
        String band, @Schema(description = "PHQ-9 item 9 needs same-day follow-up") boolean suicideRisk,
        Instant answeredAt, String recordedBy) {

    static QuestionnaireView of(QuestionnaireResponse r) {
        return new QuestionnaireView(r.id, r.questionnaire, r.questionnaire.totalLoinc(), r.answers, r.total, r.band,
                r.suicideRisk, r.answeredAt, r.recordedBy);
    }
}
