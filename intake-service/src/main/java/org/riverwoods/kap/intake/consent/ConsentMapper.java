package org.riverwoods.kap.intake.consent;

import java.time.Instant;
import java.util.List;

import org.riverwoods.kap.intake.events.ConsentGranted;
import org.riverwoods.kap.intake.events.ConsentRevoked;

final class ConsentMapper {

    private ConsentMapper() {
    }

    static void apply(ConsentRequest request, Consent consent) {
        consent.kind = request.kind();
        consent.documentVersion = request.documentVersion().trim();
        consent.scope = request.scope() == null ? List.of() : List.copyOf(request.scope());
        consent.signedAt = request.signedAt();
        consent.signedBy = request.signedBy().trim();
        consent.witnessedBy = request.witnessedBy();
        consent.expiresOn = request.expiresOn();
    }

    static ConsentView toView(Consent c, Instant now) {
        return new ConsentView(c.id, c.patientId, c.kind, c.statusAt(now), c.documentVersion, c.scope, c.signedAt,
                c.signedBy, c.witnessedBy, c.expiresOn, c.recordedAt, c.revokedAt, c.revocationReason);
    }

    static ConsentGranted granted(Consent c) {
        return new ConsentGranted(c.id, c.patientId, c.kind.name(), c.documentVersion,
                c.scope.stream().map(Enum::name).toList(), c.signedAt, c.expiresOn);
    }

    static ConsentRevoked revoked(Consent c) {
        return new ConsentRevoked(c.id, c.patientId, c.kind.name(), c.revokedAt);
    }
}
