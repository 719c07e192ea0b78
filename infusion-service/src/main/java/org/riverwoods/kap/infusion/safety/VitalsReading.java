package org.riverwoods.kap.infusion.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One set of vital signs during or after an infusion. A monitor feed sends what it has, so any
 * measurement may be null (not measured); the time it was taken is required.
 *
 * <p>The ranges only refuse values that cannot be true (a typo or a device fault); they are wide
 * on purpose, so that a real critical value (SpO2 70, heart rate 20, respiratory rate 0) is never
 * refused but raises its alert. The clinical thresholds are in {@link VitalsAlertSettings}.
 *
 * @param moaas      Modified Observer's Assessment of Alertness/Sedation, 0 (no response to pain) to
 *                   5 (responds readily to name)
 * @param cadssTotal Clinician-Administered Dissociative States Scale total, 0-108 (27 items of 0-4;
 *                   the shorter forms' totals fit within it)
 * @throws InvalidVitalsException listing every problem, when the reading cannot be true
 */
public record VitalsReading(
        Instant takenAt,
        Integer systolicMmHg,
        Integer diastolicMmHg,
        Integer heartRateBpm,
        Integer spo2Percent,
        Integer respiratoryRatePerMinute,
        Integer moaas,
        Integer cadssTotal) {

    static final int MAX_SYSTOLIC_MM_HG = 300;
    static final int MAX_DIASTOLIC_MM_HG = 250;
    static final int MAX_HEART_RATE_BPM = 300;
    static final int MAX_SPO2_PERCENT = 100;
    static final int MAX_RESPIRATORY_RATE_PER_MINUTE = 100;
    static final int MAX_MOAAS = 5;
    static final int MAX_CADSS_TOTAL = 108;

    public VitalsReading {
        List<String> problems = new ArrayList<>();
        if (takenAt == null) {
            problems.add("takenAt is required");
        }
        within("systolicMmHg", systolicMmHg, MAX_SYSTOLIC_MM_HG, problems);
        within("diastolicMmHg", diastolicMmHg, MAX_DIASTOLIC_MM_HG, problems);
        within("heartRateBpm", heartRateBpm, MAX_HEART_RATE_BPM, problems);
        within("spo2Percent", spo2Percent, MAX_SPO2_PERCENT, problems);
        within("respiratoryRatePerMinute", respiratoryRatePerMinute, MAX_RESPIRATORY_RATE_PER_MINUTE, problems);
        within("moaas", moaas, MAX_MOAAS, problems);
        within("cadssTotal", cadssTotal, MAX_CADSS_TOTAL, problems);
        if (systolicMmHg != null && diastolicMmHg != null && diastolicMmHg >= systolicMmHg) {
            problems.add("diastolicMmHg must be below systolicMmHg");
        }
        if (!problems.isEmpty()) {
            throw new InvalidVitalsException(problems);
        }
    }

    /** True when both parts of a blood pressure were measured. */
    public boolean hasBloodPressure() {
        return systolicMmHg != null && diastolicMmHg != null;
    }

    private static void within(String field, Integer value, int max, List<String> problems) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(field + " must be 0-" + max);
        }
    }
}
