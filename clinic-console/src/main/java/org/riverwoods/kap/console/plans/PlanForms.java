package org.riverwoods.kap.console.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The body to send or, when the form could not be read, why by field. */
    public record Body(Map<String, Object> json, Map<String, String> fieldErrors) {

        public boolean readable() {
            return fieldErrors.isEmpty();
        }
    }

    private final Function<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private PlanForms(Function<String, String> form) {
        this.form = form;
    }

    /** An amendment: the reason and only the fields that were filled in (absent = unchanged). */
    public static Body amendment(Function<String, String> form) {
        PlanForms reader = new PlanForms(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reason", reader.text("reason"));
        for (Field field : AMENDMENT_FIELDS) {
            putIfPresent(json, field.name(), field.decimal() ? reader.decimal(field.name()) : reader.whole(field.name()));
        }
        return new Body(json, reader.errors);
    }

    /** A status change; {@code action} is one of {@link #STATUS_ACTIONS}. */
    public static Body statusChange(String action, Function<String, String> form) {
        PlanForms reader = new PlanForms(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", STATUS_ACTIONS.get(action));
        json.put("reason", reader.text("reason"));
        if ("activate".equals(action)) {
            putIfPresent(json, "startDate", reader.date("startDate"));
        }
        return new Body(json, reader.errors);
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private String text(String name) {
        String value = form.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
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

    private String date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            errors.put(name, "is not a date (yyyy-MM-dd)");
            return null;
        }
    }
}
