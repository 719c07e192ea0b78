package org.riverwoods.kap.treatment.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "Move a plan to ACTIVE, ON_HOLD, COMPLETED or DISCONTINUED")
public record StatusChangeRequest(@NotNull PlanStatus status,
        @NotBlank @Size(max = 500) @Schema(description = "Why; required for every change") String reason) {
}
