package org.riverwoods.kap.infusion.session;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.riverwoods.kap.infusion.safety.AlertRule;

/** A completed session in the shape of the esketamine REMS patient monitoring form. */
@Schema(name = "MonitoringRecord")
public record MonitoringRecord(UUID sessionId, UUID patientId, ConcomitantMedications concomitantMedications,
        String route, BigDecimal totalDoseMg, String lotNumber, Instant dosingStartedAt,
        @Schema(description = "From dosing to discharge") Long totalMonitoringMinutes,
        @Schema(description = "When the patient was discharged, ready to leave") Instant readyToLeaveAt,
        BloodPressure beforeDosing, BloodPressure atAbout40Minutes, BloodPressure beforeDischarge,
        boolean sedationEvent, boolean dissociationEvent, boolean respiratoryDepressionEvent,
        List<AdverseEventView> adverseEvents) {

    public record BloodPressure(Integer systolicMmHg, Integer diastolicMmHg, Instant takenAt) {
    }

    static MonitoringRecord of(InfusionSession s, List<VitalsReadingEntity> vitals, List<SafetyAlertEntity> alerts,
            List<AdverseEventEntity> adverse, Duration peakAfter, int dissociationCadssFrom) {
        List<VitalsReadingEntity> bp = vitals.stream().filter(v -> v.systolicMmHg != null).toList();
        BloodPressure baseline = new BloodPressure(s.baselineSystolicMmHg, s.baselineDiastolicMmHg,
                s.latestPreAssessment() == null ? null : s.latestPreAssessment().assessedAt());
        BloodPressure at40 = s.dosingStartedAt == null ? null : bp.stream()
                .min(Comparator.comparing(v -> Duration.between(s.dosingStartedAt.plus(peakAfter), v.takenAt).abs()))
                .map(MonitoringRecord::bp).orElse(null);
        BloodPressure beforeDischarge = bp.isEmpty() ? null : bp(bp.get(bp.size() - 1));
        boolean sedation = alerts.stream().anyMatch(a -> a.rule.equals(AlertRule.DEEP_SEDATION.name()));
        boolean dissociation = vitals.stream().map(v -> v.cadssTotal).filter(Objects::nonNull)
                .anyMatch(c -> c >= dissociationCadssFrom);
        boolean respiratory = alerts.stream()
                .anyMatch(a -> a.rule.equals(AlertRule.RESPIRATORY_DEPRESSION.name())
                        || a.rule.equals(AlertRule.HYPOXAEMIA.name()));
        Long minutes = s.dosingStartedAt == null || s.dischargedAt == null ? null
                : Duration.between(s.dosingStartedAt, s.dischargedAt).toMinutes();
        return new MonitoringRecord(s.id, s.patientId, s.concomitantMedications, s.route,
                s.dose == null ? null : s.dose.totalDoseMg(), s.lotNumber, s.dosingStartedAt, minutes, s.dischargedAt,
                baseline, at40, beforeDischarge, sedation, dissociation, respiratory,
                adverse.stream().map(AdverseEventView::of).toList());
    }

    private static BloodPressure bp(VitalsReadingEntity v) {
        return new BloodPressure(v.systolicMmHg, v.diastolicMmHg, v.takenAt);
    }
}
