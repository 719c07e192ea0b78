package org.riverwoods.kap.treatment.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Consumed from intake-service (contracts/schemas/IntakeCompleted.schema.json); tolerant of added fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeCompleted(UUID intakeId, UUID patientId, String primarySubstance, String sex, BigDecimal weightKg,
        LocalDate weightMeasuredOn, Eligibility eligibility) {

    public static final String TYPE = "IntakeCompleted";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(String decision, List<Reason> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String severity, String description) {
    }
}
