package org.riverwoods.kap.console.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.riverwoods.kap.console.pages.FormReader;

/**
 * Turns the intake pages' forms into intake-service's request bodies. Only what cannot even be
 * sent (a weight that is not a number, a date that is not a date) is refused here; every rule of
 * the clinic (weight bounds, answers an item allows, a complete screen) stays in the service.
 */
public final class IntakeForms {

    /** Rows the substance-history form offers for substances and for current medications. */
    public static final int SUBSTANCE_ROWS = 3;
    public static final int MEDICATION_ROWS = 3;

    /** The contraindication screen's yes/no items, as ContraindicationScreen names them, with their labels. */
    public static final Map<String, String> SCREEN_ITEMS = screenItems();

    private IntakeForms() {
    }

    /** Registration: every PatientDetails field; blanks are sent as absent so the service names them. */
    public static FormReader.Body registration(Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("medicalRecordNumber", reader.text("medicalRecordNumber"));
        json.put("givenName", reader.text("givenName"));
        json.put("familyName", reader.text("familyName"));
        json.put("dateOfBirth", reader.date("dateOfBirth"));
        json.put("sex", reader.text("sex"));
        json.put("email", reader.text("email"));
        json.put("phone", reader.text("phone"));
        json.put("weightKg", reader.decimal("weightKg"));
        json.put("weightMeasuredOn", reader.date("weightMeasuredOn"));
        return reader.body(json);
    }

    /**
     * One instrument's answers, item 1 first, read from {@code item1..itemN}. An unanswered item is
     * sent as null: the service says which items are missing and what each allows.
     */
    public static FormReader.Body screening(String instrument, int itemCount, Function<String, String> form) {
        FormReader reader = new FormReader(form);
        List<Integer> answers = new ArrayList<>();
        for (int item = 1; item <= itemCount; item++) {
            answers.add(reader.whole("item" + item, "answers[" + (item - 1) + "]"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instrument", instrument);
        json.put("answers", answers);
        return reader.body(json);
    }

    /** The substance-use history: the filled substance rows and medication rows only. */
    public static FormReader.Body substanceHistory(Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("primarySubstance", reader.text("primarySubstance"));
        List<Map<String, Object>> substances = new ArrayList<>();
        for (int row = 0; row < SUBSTANCE_ROWS; row++) {
            String substance = reader.text("substance-" + row);
            if (substance == null) {
                continue;
            }
            Map<String, Object> use = new LinkedHashMap<>();
            use.put("substance", substance);
            use.put("daysUsedLast30", reader.whole("daysUsedLast30-" + row, "daysUsedLast30-" + row));
            use.put("lastUseOn", reader.date("lastUseOn-" + row));
            use.put("route", reader.text("route-" + row));
            substances.add(use);
        }
        json.put("substances", substances);
        json.put("priorTreatmentEpisodes", reader.whole("priorTreatmentEpisodes", "priorTreatmentEpisodes"));
        List<Map<String, Object>> medications = new ArrayList<>();
        for (int row = 0; row < MEDICATION_ROWS; row++) {
            String name = reader.text("medication-" + row);
            if (name == null) {
                continue;
            }
            Map<String, Object> medication = new LinkedHashMap<>();
            medication.put("name", name);
            medication.put("dose", reader.text("dose-" + row));
            medication.put("benzodiazepine", "true".equals(reader.text("benzodiazepine-" + row)));
            medication.put("lorazepamEquivalentMgPerDay", reader.decimal("lorazepamEquivalentMgPerDay-" + row));
            medications.add(medication);
        }
        json.put("currentMedications", medications);
        return reader.body(json);
    }

    /** The contraindication screen: "true"/"false" per item; unanswered is sent as null, never as "no". */
    public static FormReader.Body contraindicationScreen(Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        for (String item : SCREEN_ITEMS.keySet()) {
            String answer = reader.text(item);
            json.put(item, answer == null ? null : Boolean.valueOf("true".equals(answer)));
        }
        json.put("systolicMmHg", reader.whole("systolicMmHg", "systolicMmHg"));
        json.put("diastolicMmHg", reader.whole("diastolicMmHg", "diastolicMmHg"));
        json.put("benzodiazepineLorazepamEquivalentMgPerDay", reader.decimal("benzodiazepineLorazepamEquivalentMgPerDay"));
        return reader.body(json);
    }

    /**
     * A signed consent of {@code kind}. The signature time is typed as a UTC date and time
     * (yyyy-MM-ddTHH:mm from a datetime-local input); Part 2 scopes come as checked boxes.
     */
    public static FormReader.Body consent(String kind, Function<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.put("documentVersion", reader.text("documentVersion"));
        if ("PART2_DEIDENTIFIED_DISCLOSURE".equals(kind)) {
            List<String> scope = new ArrayList<>();
            for (String s : List.of("PROGRAM_ANALYTICS", "RESEARCH")) {
                if (reader.text("scope-" + s) != null) {
                    scope.add(s);
                }
            }
            json.put("scope", scope);
        }
        json.put("signedAt", reader.instant("signedAt"));
        json.put("signedBy", reader.text("signedBy"));
        json.put("witnessedBy", reader.text("witnessedBy"));
        json.put("expiresOn", reader.date("expiresOn"));
        return reader.body(json);
    }

    private static Map<String, String> screenItems() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("aneurysmalVascularDiseaseOrAvm", "Aneurysmal vascular disease or arteriovenous malformation (AVM)");
        items.put("intracerebralHaemorrhageHistory", "History of intracerebral haemorrhage");
        items.put("ketamineHypersensitivity", "Hypersensitivity to ketamine");
        items.put("activePsychosisOrMania", "Active psychosis or mania");
        items.put("psychosisOrManiaHistory", "History of psychosis or mania (not active now)");
        items.put("pregnant", "Pregnant");
        items.put("breastfeeding", "Breastfeeding");
        items.put("uncontrolledHypertension", "Uncontrolled hypertension (clinician's judgement)");
        items.put("acuteIntoxicationOrWithdrawal", "Acute intoxication or withdrawal now");
        return java.util.Collections.unmodifiableMap(items);
    }
}
