package org.riverwoods.kap.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentRequest", description = "A signed consent as recorded by the clinic")
public record ConsentRequest(
        @NotNull ConsentKind kind,
        @NotBlank @Size(max = 40) @Schema(description = "Version of the consent document signed, e.g. TX-2026.1") String documentVersion,
        @Schema(description = "Part 2 disclosure only: what the patient agreed to; empty for treatment consent")
        List<@NotNull DisclosureScope> scope,
        @NotNull @PastOrPresent @Schema(description = "When it was signed, UTC") Instant signedAt,
        @NotBlank @Size(max = 200) @Schema(description = "Who signed: the patient, or their legal representative by name") String signedBy,
        @Size(max = 200) @Schema(description = "Staff member who witnessed the signature") String witnessedBy,
        @Schema(description = "Last day the consent is valid (inclusive); none = until revoked") LocalDate expiresOn) {
}
