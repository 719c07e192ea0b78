package org.riverwoods.kap.intake.screening;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningRequest", description = "Answers to one instrument, item 1 first")
public record ScreeningRequest(
        @NotNull Instrument instrument,
        @NotNull @Schema(description = "One answer per item, in item order. DAST-10: 1 = yes, 0 = no (the service reverses item 3). "
                + "AUDIT items 9 and 10: 0, 2 or 4.") List<Integer> answers,
        @PastOrPresent @Schema(description = "When the questionnaire was answered, UTC; defaults to now") Instant administeredAt) {
}
