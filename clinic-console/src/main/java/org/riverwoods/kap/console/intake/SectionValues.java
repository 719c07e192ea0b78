package org.riverwoods.kap.console.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a correction form shows before it is changed: the substance history or contraindication
 * screen as intake-service holds it, keyed by the form's input names. After a refusal the form
 * shows what was typed instead, so nothing typed is lost.
 */
public final class SectionValues {

    private SectionValues() {
    }

    /** The history form's values from a SubstanceHistory view (empty when none is recorded). */
    public static Map<String, String> history(Map<String, Object> history) {
        Map<String, String> values = new LinkedHashMap<>();
        if (history == null) {
            return values;
        }
        put(values, "primarySubstance", history.get("primarySubstance"));
        put(values, "priorTreatmentEpisodes", history.get("priorTreatmentEpisodes"));
        List<Map<String, Object>> substances = list(history.get("substances"));
        for (int row = 0; row < Math.min(substances.size(), IntakeForms.SUBSTANCE_ROWS); row++) {
            Map<String, Object> use = substances.get(row);
            put(values, "substance-" + row, use.get("substance"));
            put(values, "daysUsedLast30-" + row, use.get("daysUsedLast30"));
            put(values, "lastUseOn-" + row, use.get("lastUseOn"));
            put(values, "route-" + row, use.get("route"));
        }
        List<Map<String, Object>> medications = list(history.get("currentMedications"));
        for (int row = 0; row < Math.min(medications.size(), IntakeForms.MEDICATION_ROWS); row++) {
            Map<String, Object> medication = medications.get(row);
            put(values, "medication-" + row, medication.get("name"));
            put(values, "dose-" + row, medication.get("dose"));
            put(values, "benzodiazepine-" + row, medication.get("benzodiazepine"));
            put(values, "lorazepamEquivalentMgPerDay-" + row, medication.get("lorazepamEquivalentMgPerDay"));
        }
        return values;
    }

    /**
     * The screen form's values from an Eligibility view; with no screen yet, the benzodiazepine
     * total is carried over from the substance history, which computed it.
     */
    public static Map<String, String> screen(Map<String, Object> eligibility, Map<String, Object> history) {
        Map<String, String> values = new LinkedHashMap<>();
        Object screen = eligibility == null ? null : eligibility.get("screen");
        if (screen instanceof Map<?, ?> answered) {
            answered.forEach((k, v) -> put(values, String.valueOf(k), v));
        } else if (history != null) {
            put(values, "benzodiazepineLorazepamEquivalentMgPerDay", history.get("benzodiazepineLorazepamEquivalentMgPerDay"));
        }
        return values;
    }

    /**
     * The form's repeated rows (substances, medications) as the template reads them: row i's
     * {@code name-i} values under {@code name}, and its index under "index".
     */
    public static List<Map<String, String>> rows(Map<String, String> values, List<String> names, int count) {
        return rows(values, Map.of(), names, count);
    }

    /** As {@link #rows(Map, List, int)}, with each field's refusal (by input name) under {@code <name>Error}. */
    public static List<Map<String, String>> rows(Map<String, String> values, Map<String, String> errors, List<String> names,
            int count) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (int row = 0; row < count; row++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("index", String.valueOf(row));
            fields.put("number", String.valueOf(row + 1));
            for (String name : names) {
                fields.put(name, values.getOrDefault(name + "-" + row, ""));
                fields.put(name + "Error", errors.getOrDefault(name + "-" + row, ""));
            }
            rows.add(fields);
        }
        return rows;
    }

    /**
     * The service's refusals of the history's rows by the form's input names:
     * {@code substances[0].daysUsedLast30} is the input {@code daysUsedLast30-0},
     * {@code currentMedications[1].name} the input {@code medication-1}.
     */
    public static Map<String, String> historyInputErrors(Map<String, String> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("(substances|currentMedications)\\[(\\d+)]\\.(\\w+)");
        violations.forEach((field, message) -> {
            java.util.regex.Matcher m = row.matcher(field);
            if (m.find()) {
                String name = "name".equals(m.group(3)) ? "medication" : m.group(3);
                errors.merge(name + "-" + m.group(2), message, (a, b) -> a + "; " + b);
            }
        });
        return errors;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
