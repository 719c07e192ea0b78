package org.riverwoods.kap.intake.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent")
public record ConsentView(UUID id, UUID patientId, ConsentKind kind, ConsentStatus status, String documentVersion,
        List<DisclosureScope> scope, Instant signedAt, String signedBy, String witnessedBy, LocalDate expiresOn,
        Instant recordedAt, Instant revokedAt, String revocationReason) {
}
