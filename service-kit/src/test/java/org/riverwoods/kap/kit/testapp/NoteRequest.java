package org.riverwoods.kap.kit.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client writes; {@code archived} may be left out (false). */
public record NoteRequest(
        @NotNull UUID patientId,
        @NotBlank @Size(max = 2000) String text,
        @NotNull LocalDate day,
        @NotNull @Min(0) @Max(1000) Integer count,
        @NotNull Boolean urgent,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        Boolean archived) {
}
