package org.riverwoods.kap.console.chairboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.riverwoods.kap.console.pages.FormReader;

/**
 * Turns a tile's form into the service's request body. A value that is not even a number is named
 * here (the service would only see malformed JSON); every clinical check stays in the service.
 */
public final class StepForms {

    private final FormReader reader;

    private StepForms(Function<String, String> form) {
        this.reader = new FormReader(form);
    }

    /** {@code form} answers a field's value (null or blank when not sent). */
    public static FormReader.Body read(String step, Function<String, String> form) {
        return new StepForms(form).body(step);
    }

    private FormReader.Body body(String step) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (step) {
            case NextSteps.CHECK_IN -> {
                json.put("weightKg", reader.decimal("weightKg"));
                Map<String, Object> meds = new LinkedHashMap<>();
                meds.put("sedatives", reader.checked("sedatives"));
                meds.put("stimulants", reader.checked("stimulants"));
                meds.put("maois", reader.checked("maois"));
                json.put("concomitantMedications", meds);
            }
            case NextSteps.PRE_ASSESSMENT -> {
                json.put("lastSolidsAt", reader.instant("lastSolidsAt"));
                json.put("lastClearLiquidsAt", reader.instant("lastClearLiquidsAt"));
                json.put("pregnancyTestApplicable", reader.yesNo("pregnancyTestApplicable"));
                json.put("pregnancyTestNegative", reader.yesNo("pregnancyTestNegative"));
                json.put("breathAlcoholGramsPerDecilitre", reader.decimal("breathAlcoholGramsPerDecilitre"));
                json.put("selfReportedIntoxication", reader.yesNo("selfReportedIntoxication"));
                json.put("baselineSystolicMmHg", reader.whole("baselineSystolicMmHg"));
                json.put("baselineDiastolicMmHg", reader.whole("baselineDiastolicMmHg"));
                json.put("baselineHeartRateBpm", reader.whole("baselineHeartRateBpm"));
                json.put("baselineSpo2Percent", reader.whole("baselineSpo2Percent"));
                json.put("baselineRespiratoryRatePerMinute", reader.whole("baselineRespiratoryRatePerMinute"));
                json.put("prescriberOnSite", reader.yesNo("prescriberOnSite"));
            }
            case NextSteps.DOSE -> {
                json.put("concentrationMgPerMl", reader.decimal("concentrationMgPerMl"));
                json.put("lotNumber", reader.text("lotNumber"));
            }
            case NextSteps.START -> json.put("vialId", reader.text("vialId"));
            case NextSteps.VITALS -> {
                json.put("systolicMmHg", reader.whole("systolicMmHg"));
                json.put("diastolicMmHg", reader.whole("diastolicMmHg"));
                json.put("heartRateBpm", reader.whole("heartRateBpm"));
                json.put("spo2Percent", reader.whole("spo2Percent"));
                json.put("respiratoryRatePerMinute", reader.whole("respiratoryRatePerMinute"));
                json.put("moaas", reader.whole("moaas"));
                json.put("cadssTotal", reader.whole("cadssTotal"));
                json.put("source", "MANUAL");
            }
            case NextSteps.ADVERSE_EVENT -> {
                json.put("type", reader.text("type"));
                json.put("severity", reader.text("severity"));
                String actions = reader.text("actionsTaken");
                json.put("actionsTaken", actions == null ? List.of()
                        : List.of(actions.split("\\s*[,\\n]\\s*")).stream().filter(a -> !a.isBlank()).toList());
                json.put("notes", reader.text("notes"));
            }
            case NextSteps.DISCHARGE -> json.put("driverPresent", reader.checked("driverPresent"));
            default -> json = null; // verification, end of infusion: no body
        }
        return reader.body(json);
    }
}
