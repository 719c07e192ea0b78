package org.riverwoods.kap.infusion.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Discharge after an infusion: observed long enough, vitals back near the pre-dose baseline, alert,
 * and leaving with a driver. Every criterion is judged and every unmet one reported; data not
 * recorded leaves its criterion unmet.
 */
@ApplicationScoped
@Startup // a shortened observation must be visible in the log when the service starts
public class DischargeRules {

    private static final Logger LOG = Logger.getLogger(DischargeRules.class);

    private final DischargeSettings settings;

    @Inject
    public DischargeRules(DischargeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (belowRemsMinimum()) {
            LOG.warnf("kap.clinical.infusion.discharge.minimum-observation-minutes is %d, below the esketamine REMS "
                    + "minimum of %d: acceptable on a training system or in automated journeys only",
                    settings.minimumObservationMinutes(), DischargeSettings.REMS_MINIMUM_MINUTES);
        }
    }

    /** True when patients could leave sooner than the REMS two hours after dosing. */
    public boolean belowRemsMinimum() {
        return settings.minimumObservationMinutes() < DischargeSettings.REMS_MINIMUM_MINUTES;
    }

    public DischargeAssessment assess(DischargeInput input) {
        Objects.requireNonNull(input, "input");
        Duration minimum = Duration.ofMinutes(settings.minimumObservationMinutes());
        Optional<String> noCurrentVitals = noCurrentVitals(input);
        List<DischargeUnmet> unmet = Stream.of(
                minimumObservation(input, minimum),
                bloodPressureNearBaseline(input, noCurrentVitals),
                heartRateNearBaseline(input, noCurrentVitals),
                alert(input, noCurrentVitals),
                driverPresent(input))
                .flatMap(Optional::stream)
                .toList();
        return new DischargeAssessment(unmet, input.dosingStartedAt().plus(minimum));
    }

    private static Optional<DischargeUnmet> minimumObservation(DischargeInput input, Duration minimum) {
        Duration observed = Duration.between(input.dosingStartedAt(), input.now());
        if (observed.isNegative()) {
            return unmet(DischargeCriterion.MINIMUM_OBSERVATION,
                    "Dosing start is after the current time: correct the recorded time");
        }
        if (observed.compareTo(minimum) >= 0) {
            return Optional.empty();
        }
        return unmet(DischargeCriterion.MINIMUM_OBSERVATION, "Observed " + ClinicalText.shortOf(observed)
                + " of the " + ClinicalText.shortOf(minimum) + " minimum");
    }

    /**
     * Why the latest reading cannot show the patient's state now, if it cannot: none at all, or
     * one taken before dosing started (a pre-dose reading is trivially "near baseline").
     */
    private static Optional<String> noCurrentVitals(DischargeInput input) {
        VitalsReading latest = input.latest();
        if (latest == null) {
            return Optional.of("No vitals recorded since dosing started");
        }
        if (latest.takenAt().isBefore(input.dosingStartedAt())) {
            return Optional.of("Latest vitals were taken before dosing started");
        }
        return Optional.empty();
    }

    private Optional<DischargeUnmet> bloodPressureNearBaseline(DischargeInput input, Optional<String> noCurrentVitals) {
        DischargeCriterion criterion = DischargeCriterion.BLOOD_PRESSURE_NEAR_BASELINE;
        int within = settings.bloodPressureWithinMmHgOfBaseline();
        Integer baselineSystolic = input.baselineSystolicMmHg();
        Integer baselineDiastolic = input.baselineDiastolicMmHg();
        if (baselineSystolic == null || baselineDiastolic == null) {
            return unmet(criterion, "Baseline blood pressure not recorded: it cannot be compared");
        }
        if (noCurrentVitals.isPresent()) {
            return unmet(criterion, noCurrentVitals.get() + ": take a blood pressure");
        }
        VitalsReading latest = input.latest();
        if (!latest.hasBloodPressure()) {
            return unmet(criterion, "Blood pressure not in the latest vitals: take a blood pressure");
        }
        if (near(latest.systolicMmHg(), baselineSystolic, within)
                && near(latest.diastolicMmHg(), baselineDiastolic, within)) {
            return Optional.empty();
        }
        return unmet(criterion, "Blood pressure " + ClinicalText.bloodPressure(latest.systolicMmHg(),
                latest.diastolicMmHg()) + " is more than " + within + " mmHg from the pre-dose baseline "
                + ClinicalText.bloodPressure(baselineSystolic, baselineDiastolic));
    }

    private Optional<DischargeUnmet> heartRateNearBaseline(DischargeInput input, Optional<String> noCurrentVitals) {
        DischargeCriterion criterion = DischargeCriterion.HEART_RATE_NEAR_BASELINE;
        int within = settings.heartRateWithinBpmOfBaseline();
        Integer baseline = input.baselineHeartRateBpm();
        if (baseline == null) {
            return unmet(criterion, "Baseline heart rate not recorded: it cannot be compared");
        }
        if (noCurrentVitals.isPresent()) {
            return unmet(criterion, noCurrentVitals.get() + ": take the heart rate");
        }
        Integer bpm = input.latest().heartRateBpm();
        if (bpm == null) {
            return unmet(criterion, "Heart rate not in the latest vitals: take the heart rate");
        }
        if (near(bpm, baseline, within)) {
            return Optional.empty();
        }
        return unmet(criterion, "Heart rate " + bpm + " bpm is more than " + within
                + " bpm from the pre-dose baseline " + baseline + " bpm");
    }

    private Optional<DischargeUnmet> alert(DischargeInput input, Optional<String> noCurrentVitals) {
        DischargeCriterion criterion = DischargeCriterion.ALERT_MOAAS_5;
        int required = settings.requiredMoaas();
        if (noCurrentVitals.isPresent()) {
            return unmet(criterion, noCurrentVitals.get() + ": assess sedation (MOAA/S " + required + " needed)");
        }
        Integer moaas = input.latest().moaas();
        if (moaas == null) {
            return unmet(criterion, "Sedation not assessed in the latest vitals (MOAA/S " + required + " needed)");
        }
        if (moaas >= required) {
            return Optional.empty();
        }
        return unmet(criterion, "MOAA/S " + moaas + "; " + required + " needed to leave");
    }

    private static Optional<DischargeUnmet> driverPresent(DischargeInput input) {
        return input.driverPresent() ? Optional.empty()
                : unmet(DischargeCriterion.DRIVER_PRESENT,
                        "No driver present: the patient may not drive and must leave with a driver");
    }

    // above or below the baseline: a pressure that has fallen far is no more "back" than one still high
    private static boolean near(int measured, int baseline, int within) {
        return Math.abs(measured - baseline) <= within;
    }

    private static Optional<DischargeUnmet> unmet(DischargeCriterion criterion, String message) {
        return Optional.of(new DischargeUnmet(criterion, message));
    }
}
