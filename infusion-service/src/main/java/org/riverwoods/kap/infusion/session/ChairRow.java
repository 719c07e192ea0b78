package org.riverwoods.kap.infusion.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.infusion.safety.AlertLevel;

/** One chair of the board: who is where in their session, their latest vitals and the worst alert. */
@Schema(name = "ChairRow")
public record ChairRow(UUID sessionId, UUID patientId, Instant scheduledStart, SessionStatus status, int infusionNumber,
        @Schema(description = "Minutes since dosing started; null before") Long elapsedMinutes, VitalsView latestVitals,
        @Schema(description = "The most severe alert raised in the session (REMINDER < ALERT < PAUSE < STOP)") String alertState,
        AlertView latestAlert) {

    static ChairRow of(InfusionSession s, Instant now) {
        VitalsReadingEntity latest = VitalsReadingEntity.find("sessionId = ?1 order by takenAt desc", s.id).firstResult();
        List<SafetyAlertEntity> alerts = SafetyAlertEntity.list("sessionId = ?1 order by raisedAt desc", s.id);
        String worst = alerts.stream().map(a -> AlertLevel.valueOf(a.level)).max(Comparator.naturalOrder())
                .map(Enum::name).orElse(null);
        Long elapsed = s.dosingStartedAt == null ? null
                : Duration.between(s.dosingStartedAt, s.dischargedAt != null ? s.dischargedAt : now).toMinutes();
        return new ChairRow(s.id, s.patientId, s.scheduledStart, s.status, s.infusionNumber, elapsed,
                VitalsView.of(latest), worst, alerts.isEmpty() ? null : AlertView.of(alerts.get(0)));
    }
}
