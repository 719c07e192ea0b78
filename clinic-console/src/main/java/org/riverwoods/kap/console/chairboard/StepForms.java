package org.riverwoods.kap.console.chairboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a tile's form into the service's request body. A value that is not even a number is named
 * here (the service would only see malformed JSON); every clinical check stays in the service.
 */
public final class StepForms {

    /** The body to send (null for a step without one) or, when the form could not be read, why by field. */
    public record Body(Map<String, Object> json, Map<String, String> fieldErrors) {

        public boolean readable() {
            return fieldErrors.isEmpty();
        }
    }

    private final Function<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private StepForms(Function<String, String> form) {
        this.form = form;
    }

    /** {@code form} answers a field's value (null or blank when not sent). */
    public static Body read(String step, Function<String, String> form) {
        return new StepForms(form).body(step);
    }

    private Body body(String step) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (step) {
            case NextSteps.CHECK_IN -> {
                json.put("weightKg", decimal("weightKg"));
                Map<String, Object> meds = new LinkedHashMap<>();
                meds.put("sedatives", checked("sedatives"));
                meds.put("stimulants", checked("stimulants"));
                meds.put("maois", checked("maois"));
                json.put("concomitantMedications", meds);
            }
            case NextSteps.PRE_ASSESSMENT -> {
                json.put("lastSolidsAt", utc("lastSolidsAt"));
                json.put("lastClearLiquidsAt", utc("lastClearLiquidsAt"));
                json.put("pregnancyTestApplicable", yesNo("pregnancyTestApplicable"));
                json.put("pregnancyTestNegative", yesNo("pregnancyTestNegative"));
                json.put("breathAlcoholGramsPerDecilitre", decimal("breathAlcoholGramsPerDecilitre"));
                json.put("selfReportedIntoxication", yesNo("selfReportedIntoxication"));
                json.put("baselineSystolicMmHg", whole("baselineSystolicMmHg"));
                json.put("baselineDiastolicMmHg", whole("baselineDiastolicMmHg"));
                json.put("baselineHeartRateBpm", whole("baselineHeartRateBpm"));
                json.put("baselineSpo2Percent", whole("baselineSpo2Percent"));
                json.put("baselineRespiratoryRatePerMinute", whole("baselineRespiratoryRatePerMinute"));
                json.put("prescriberOnSite", yesNo("prescriberOnSite"));
            }
            case NextSteps.DOSE -> {
                json.put("concentrationMgPerMl", decimal("concentrationMgPerMl"));
                json.put("lotNumber", text("lotNumber"));
            }
            case NextSteps.START -> json.put("vialId", text("vialId"));
            case NextSteps.VITALS -> {
                json.put("systolicMmHg", whole("systolicMmHg"));
                json.put("diastolicMmHg", whole("diastolicMmHg"));
                json.put("heartRateBpm", whole("heartRateBpm"));
                json.put("spo2Percent", whole("spo2Percent"));
                json.put("respiratoryRatePerMinute", whole("respiratoryRatePerMinute"));
                json.put("moaas", whole("moaas"));
                json.put("cadssTotal", whole("cadssTotal"));
                json.put("source", "MANUAL");
            }
            case NextSteps.ADVERSE_EVENT -> {
                json.put("type", text("type"));
                json.put("severity", text("severity"));
                String actions = text("actionsTaken");
                json.put("actionsTaken", actions == null ? List.of()
                        : List.of(actions.split("\\s*[,\\n]\\s*")).stream().filter(a -> !a.isBlank()).toList());
                json.put("notes", text("notes"));
            }
            case NextSteps.DISCHARGE -> json.put("driverPresent", checked("driverPresent"));
            default -> json = null; // verification, end of infusion: no body
        }
        return new Body(json, errors);
    }

    private String text(String name) {
        String value = form.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private boolean checked(String name) {
        return text(name) != null;
    }

    private Boolean yesNo(String name) {
        String value = text(name);
        return value == null ? null : Boolean.valueOf("yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value));
    }

    private BigDecimal decimal(String name) {
        String value = text(name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.put(name, "is not a number");
            return null;
        }
    }

    private Integer whole(String name) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(name, "is not a whole number");
            return null;
        }
    }

    /** A datetime-local input, read as UTC (the form says so). */
    private String utc(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value).toString();
            } catch (DateTimeParseException again) {
                errors.put(name, "is not a date and time (yyyy-MM-ddTHH:mm, UTC)");
                return null;
            }
        }
    }
}
