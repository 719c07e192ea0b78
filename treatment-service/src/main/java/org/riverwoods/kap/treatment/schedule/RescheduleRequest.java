package org.riverwoods.kap.treatment.schedule;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RescheduleRequest(@NotNull @Future Instant startsAt, @NotBlank @Size(max = 500) String reason) {
}
