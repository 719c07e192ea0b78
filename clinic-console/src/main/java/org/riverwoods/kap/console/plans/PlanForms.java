package org.riverwoods.kap.console.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.riverwoods.kap.console.pages.FormReader;

import io.quarkus.qute.TemplateData;

/**
 * Turns the plan page's forms into treatment-service's request bodies. Only what cannot even be
 * sent (a dose that is not a number) is refused here; every clinical rule stays in the service.
 */
public final class PlanForms {

    /** One field of the amendment form: the service's name for it and the label the page shows. */
    @TemplateData
    public record Field(String name, String label, boolean decimal) {
    }

    /** The amendment fields, in the order the form shows them (as AmendmentRequest names them). */
    public static final List<Field> AMENDMENT_FIELDS = List.of(
            new Field("doseMgPerKg", "Ketamine dose (mg/kg)", true),
            new Field("infusionMinutes", "Infusion length (minutes)", false),
            new Field("bolusDoseMgPerKg", "Bolus dose (mg/kg)", true),
            new Field("bolusMinutes", "Bolus length (minutes)", false),
            new Field("infusionCount", "Number of infusions (before activation only)", false),
            new Field("infusionIntervalDays", "Days between infusions (before activation only)", false),
            new Field("therapySessionCount", "Therapy sessions", false),
            new Field("aminoAcidSessionCount", "Amino-acid sessions", false),
            new Field("groupSessionsPerWeek", "Group sessions per week", false),
            new Field("familySessionCount", "Family sessions", false),
            new Field("aftercareWeeks", "Aftercare weeks", false));

    /** The status changes a prescriber may ask for, by the page's action name. */
    public static final Map<String, String> STATUS_ACTIONS = Map.of(
            "activate", "ACTIVE", "hold", "ON_HOLD", "resume", "ACTIVE", "complete", "COMPLETED",
            "discontinue", "DISCONTINUED");

    private PlanForms() {
    }

    /** An amendment: the reason and only the fields that were filled in (absent = unchanged). */
    public static FormReader.Body amendment(Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reason", reader.text("reason"));
        for (Field field : AMENDMENT_FIELDS) {
            putIfPresent(json, field.name(), field.decimal() ? reader.decimal(field.name()) : reader.whole(field.name()));
        }
        return reader.body(json);
    }

    /** A status change; {@code action} is one of {@link #STATUS_ACTIONS}. */
    public static FormReader.Body statusChange(String action, Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", STATUS_ACTIONS.get(action));
        json.put("reason", reader.text("reason"));
        if ("activate".equals(action)) {
            putIfPresent(json, "startDate", reader.date("startDate"));
        }
        return reader.body(json);
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
