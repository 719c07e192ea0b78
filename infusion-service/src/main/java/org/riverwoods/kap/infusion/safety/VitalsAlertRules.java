package org.riverwoods.kap.infusion.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * The alert rules applied to vital signs while the infusion runs. A measurement that is absent
 * raises nothing by itself; {@link #bloodPressureOverdue} reminds when the blood pressure is due.
 */
@Startup // contradictory thresholds must stop the service at start, not at the first patient
@ApplicationScoped
public class VitalsAlertRules {

    private static final String PREFIX = "kap.clinical.infusion.alerts.";

    // most severe first, so the nurse reads the STOP before the ALERT
    private static final Comparator<SafetyAlert> MOST_SEVERE_FIRST = Comparator
            .comparing(SafetyAlert::level, Comparator.reverseOrder())
            .thenComparing(SafetyAlert::rule);

    private final VitalsAlertSettings settings;

    @Inject
    public VitalsAlertRules(VitalsAlertSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        requireSane();
    }

    /**
     * Every alert one reading raises, most severe first (then in {@link AlertRule} order). A reading
     * may raise several; SpO2 below the stop level raises only {@link AlertRule#HYPOXAEMIA}, not also
     * the warning. The reading was validated when it was made ({@link InvalidVitalsException}).
     */
    public List<SafetyAlert> evaluate(VitalsReading reading) {
        Objects.requireNonNull(reading, "reading");
        List<SafetyAlert> alerts = new ArrayList<>();
        severeHypertension(reading).ifPresent(alerts::add);
        oxygenSaturation(reading).ifPresent(alerts::add);
        deepSedation(reading).ifPresent(alerts::add);
        heartRate(reading).ifPresent(alerts::add);
        respiratoryDepression(reading).ifPresent(alerts::add);
        alerts.sort(MOST_SEVERE_FIRST);
        return List.copyOf(alerts);
    }

    /**
     * A REMINDER when more than the interval has passed since the last blood pressure; exactly the
     * interval is not overdue.
     *
     * @param lastBloodPressureAt the last blood pressure reading, or the infusion start when there
     *                            has been none yet; required
     */
    public Optional<SafetyAlert> bloodPressureOverdue(Instant lastBloodPressureAt, Instant now) {
        Objects.requireNonNull(lastBloodPressureAt,
                "lastBloodPressureAt: pass the infusion start when no blood pressure has been taken yet");
        Objects.requireNonNull(now, "now");
        Duration since = Duration.between(lastBloodPressureAt, now);
        if (since.compareTo(Duration.ofMinutes(settings.bloodPressureEveryMinutes())) <= 0) {
            return Optional.empty();
        }
        return Optional.of(SafetyAlert.of(AlertRule.BLOOD_PRESSURE_OVERDUE, "No blood pressure for "
                + ClinicalText.pastLimit(since) + "; due every " + settings.bloodPressureEveryMinutes()
                + " min: take one now"));
    }

    /**
     * As {@link #bloodPressureOverdue(Instant, Instant)}, counting from the later of the infusion
     * start and the last blood pressure: a pre-dose reading does not make the first one due early.
     *
     * @param lastBloodPressureAt null when no blood pressure has been taken yet
     */
    public Optional<SafetyAlert> bloodPressureOverdue(Instant infusionStartedAt, Instant lastBloodPressureAt,
            Instant now) {
        Objects.requireNonNull(infusionStartedAt, "infusionStartedAt");
        Instant from = lastBloodPressureAt == null || lastBloodPressureAt.isBefore(infusionStartedAt)
                ? infusionStartedAt : lastBloodPressureAt;
        return bloodPressureOverdue(from, now);
    }

    // either number alone above its threshold pauses
    private Optional<SafetyAlert> severeHypertension(VitalsReading r) {
        if (!above(r.systolicMmHg(), settings.pauseSystolicAboveMmHg())
                && !above(r.diastolicMmHg(), settings.pauseDiastolicAboveMmHg())) {
            return Optional.empty();
        }
        return Optional.of(SafetyAlert.of(AlertRule.SEVERE_HYPERTENSION, "Blood pressure "
                + ClinicalText.bloodPressure(r.systolicMmHg(), r.diastolicMmHg()) + " is above "
                + ClinicalText.bloodPressure(settings.pauseSystolicAboveMmHg(), settings.pauseDiastolicAboveMmHg())
                + ": pause the infusion"));
    }

    /** One alert at most: below the stop level only the STOP, not also the warning. */
    private Optional<SafetyAlert> oxygenSaturation(VitalsReading r) {
        Integer spo2 = r.spo2Percent();
        if (below(spo2, settings.stopSpo2BelowPercent())) {
            return Optional.of(SafetyAlert.of(AlertRule.HYPOXAEMIA, "SpO2 " + spo2 + "% is below "
                    + settings.stopSpo2BelowPercent() + "%: stop the infusion"));
        }
        if (below(spo2, settings.warnSpo2BelowPercent())) {
            return Optional.of(SafetyAlert.of(AlertRule.LOW_SPO2, "SpO2 " + spo2 + "% is below the "
                    + settings.warnSpo2BelowPercent() + "% warning level; the infusion stops below "
                    + settings.stopSpo2BelowPercent() + "%"));
        }
        return Optional.empty();
    }

    private Optional<SafetyAlert> deepSedation(VitalsReading r) {
        Integer moaas = r.moaas();
        if (moaas == null || moaas > settings.alertSedationAtOrBelowMoaas()) {
            return Optional.empty();
        }
        return Optional.of(SafetyAlert.of(AlertRule.DEEP_SEDATION, "MOAA/S " + moaas + " is at or below "
                + settings.alertSedationAtOrBelowMoaas() + ": deep sedation, assess the patient now"));
    }

    private Optional<SafetyAlert> heartRate(VitalsReading r) {
        Integer bpm = r.heartRateBpm();
        if (above(bpm, settings.alertHeartRateAboveBpm())) {
            return Optional.of(SafetyAlert.of(AlertRule.TACHYCARDIA, "Heart rate " + bpm + " bpm is above "
                    + settings.alertHeartRateAboveBpm() + " bpm"));
        }
        if (below(bpm, settings.alertHeartRateBelowBpm())) {
            return Optional.of(SafetyAlert.of(AlertRule.BRADYCARDIA, "Heart rate " + bpm + " bpm is below "
                    + settings.alertHeartRateBelowBpm() + " bpm"));
        }
        return Optional.empty();
    }

    private Optional<SafetyAlert> respiratoryDepression(VitalsReading r) {
        Integer perMinute = r.respiratoryRatePerMinute();
        if (!below(perMinute, settings.stopRespiratoryRateBelowPerMinute())) {
            return Optional.empty();
        }
        return Optional.of(SafetyAlert.of(AlertRule.RESPIRATORY_DEPRESSION, "Respiratory rate " + perMinute
                + "/min is below " + settings.stopRespiratoryRateBelowPerMinute() + "/min: stop the infusion"));
    }

    private static boolean above(Integer measured, int threshold) {
        return measured != null && measured > threshold;
    }

    private static boolean below(Integer measured, int threshold) {
        return measured != null && measured < threshold;
    }

    /** Refuses thresholds that contradict each other, which would silence an alert unnoticed. */
    private void requireSane() {
        if (settings.warnSpo2BelowPercent() < settings.stopSpo2BelowPercent()) {
            throw new IllegalStateException(PREFIX + "warn-spo2-below-percent must not be below "
                    + PREFIX + "stop-spo2-below-percent");
        }
        if (settings.alertHeartRateBelowBpm() >= settings.alertHeartRateAboveBpm()) {
            throw new IllegalStateException(PREFIX + "alert-heart-rate-below-bpm must be below "
                    + PREFIX + "alert-heart-rate-above-bpm");
        }
        if (settings.pauseSystolicAboveMmHg() <= settings.pauseDiastolicAboveMmHg()) {
            throw new IllegalStateException(PREFIX + "pause-systolic-above-mm-hg must be above "
                    + PREFIX + "pause-diastolic-above-mm-hg");
        }
    }
}
