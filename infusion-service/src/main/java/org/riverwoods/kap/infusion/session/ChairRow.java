package org.riverwoods.kap.infusion.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.infusion.risk.SuicideRisk;
import org.riverwoods.kap.infusion.safety.AlertLevel;

/**
 * One chair of the board: who is where in their session, their latest vitals, the worst alert, and
 * what changed elsewhere that the nurse must see (a suicide-risk flag, an amended order).
 */
@Schema(name = "ChairRow")
public record ChairRow(UUID sessionId, UUID patientId, Instant scheduledStart, SessionStatus status, int infusionNumber,
        @Schema(description = "Minutes since dosing started; null before") Long elapsedMinutes, VitalsView latestVitals,
        @Schema(description = "The most severe alert raised in the session (REMINDER < ALERT < PAUSE < STOP)") String alertState,
        AlertView latestAlert,
        @Schema(description = "Why the session is deferred, aborted or cancelled") String statusReason,
        @Schema(description = "A suicide-risk flag (PHQ-9 item 9) waits for a clinician's review") boolean suicideRiskOpen,
        @Schema(description = "The prescription was amended after check-in: dose again") Instant orderAmendedAt) {

    static ChairRow of(InfusionSession s, Instant now) {
        VitalsReadingEntity latest = VitalsReadingEntity.find("sessionId = ?1 order by takenAt desc", s.id).firstResult();
        // two small queries whatever the number of alerts: the board refreshes after every reading
        SafetyAlertEntity latestAlert = SafetyAlertEntity.find("sessionId = ?1 order by raisedAt desc", s.id)
                .firstResult();
        List<String> levels = SafetyAlertEntity.getEntityManager()
                .createQuery("select distinct a.level from SafetyAlertEntity a where a.sessionId = ?1", String.class)
                .setParameter(1, s.id).getResultList();
        String worst = levels.stream().map(AlertLevel::valueOf).max(Comparator.naturalOrder()).map(Enum::name)
                .orElse(null);
        Long elapsed = s.dosingStartedAt == null ? null
                : Duration.between(s.dosingStartedAt, s.dischargedAt != null ? s.dischargedAt : now).toMinutes();
        return new ChairRow(s.id, s.patientId, s.scheduledStart, s.status, s.infusionNumber, elapsed,
                VitalsView.of(latest), worst, latestAlert == null ? null : AlertView.of(latestAlert), s.statusReason,
                SuicideRisk.openSince(s.patientId) != null, s.orderAmendedAt);
    }
}
