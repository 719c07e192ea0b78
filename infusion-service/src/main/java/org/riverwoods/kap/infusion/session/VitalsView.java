package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vitals")
public record VitalsView(UUID id, Instant takenAt, Integer systolicMmHg, Integer diastolicMmHg, Integer heartRateBpm,
        Integer spo2Percent, Integer respiratoryRatePerMinute, Integer moaas, Integer cadssTotal, String source) {

    static VitalsView of(VitalsReadingEntity r) {
        return r == null ? null : new VitalsView(r.id, r.takenAt, r.systolicMmHg, r.diastolicMmHg, r.heartRateBpm,
                r.spo2Percent, r.respiratoryRatePerMinute, r.moaas, r.cadssTotal, r.source);
    }
}
