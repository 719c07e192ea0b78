package org.riverwoods.kap.treatment.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "Move a plan to ACTIVE, ON_HOLD, COMPLETED or DISCONTINUED")
public record StatusChangeRequest(@NotNull PlanStatus status,
        @NotBlank @Size(max = 500) @Schema(description = "Why; required for every change") String reason,
        @Schema(description = "Activation only: day 0 of the protocol (clinic's local date); default the next clinic day")
        LocalDate startDate) {
}
