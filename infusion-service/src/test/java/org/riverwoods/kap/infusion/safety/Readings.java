package org.riverwoods.kap.infusion.safety;

import java.time.Instant;

/** Vitals readings for tests: start from one that raises nothing (or only what is set) and change a field. */
final class Readings {

    static final Instant TAKEN_AT = Instant.parse("2026-11-26T16:20:00Z");

    Instant takenAt = TAKEN_AT;
    Integer systolicMmHg;
    Integer diastolicMmHg;
    Integer heartRateBpm;
    Integer spo2Percent;
    Integer respiratoryRatePerMinute;
    Integer moaas;
    Integer cadssTotal;

    /** Every measurement within the default thresholds. */
    static Readings normal() {
        Readings r = new Readings();
        r.systolicMmHg = 128;
        r.diastolicMmHg = 82;
        r.heartRateBpm = 76;
        r.spo2Percent = 98;
        r.respiratoryRatePerMinute = 14;
        r.moaas = 5;
        r.cadssTotal = 12;
        return r;
    }

    /** No measurement at all: set only what a test needs. */
    static Readings empty() {
        return new Readings();
    }

    Readings bloodPressure(Integer systolic, Integer diastolic) {
        systolicMmHg = systolic;
        diastolicMmHg = diastolic;
        return this;
    }

    Readings heartRate(Integer bpm) {
        heartRateBpm = bpm;
        return this;
    }

    Readings spo2(Integer percent) {
        spo2Percent = percent;
        return this;
    }

    Readings respiratoryRate(Integer perMinute) {
        respiratoryRatePerMinute = perMinute;
        return this;
    }

    Readings moaas(Integer score) {
        moaas = score;
        return this;
    }

    Readings cadss(Integer total) {
        cadssTotal = total;
        return this;
    }

    Readings takenAt(Instant at) {
        takenAt = at;
        return this;
    }

    VitalsReading build() {
        return new VitalsReading(takenAt, systolicMmHg, diastolicMmHg, heartRateBpm, spo2Percent,
                respiratoryRatePerMinute, moaas, cadssTotal);
    }
}
