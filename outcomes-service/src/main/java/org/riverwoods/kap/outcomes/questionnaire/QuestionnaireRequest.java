package org.riverwoods.kap.outcomes.questionnaire;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionnaireRequest", description = "Answers in item order")
public record QuestionnaireRequest(@NotNull Questionnaire questionnaire, @NotNull List<Integer> answers,
        @PastOrPresent @Schema(description = "When answered, UTC; default now") Instant answeredAt) {
}
