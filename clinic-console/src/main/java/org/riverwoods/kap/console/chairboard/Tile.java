package org.riverwoods.kap.console.chairboard;

import java.util.List;
import java.util.Set;

import org.riverwoods.kap.console.services.ServiceProblem;

import io.quarkus.qute.TemplateData;

/**
 * One chair of the board as the tile shows it: everything already in words, so the same template
 * renders the page and each live update.
 */
@TemplateData
public record Tile(String sessionId, String patientId, String patientName, String status, String statusWords, int infusionNumber,
        Long elapsedMinutes, String scheduledStart, String level, String levelWords, String latestAlert,
        String bpReminder, boolean suicideRiskOpen, String orderAmendedAt, String statusReason, List<Vital> vitals,
        String vitalsTakenAt, Set<String> steps, Dose dose, List<VialChoice> vials, Step failed, String formKey) {

    /** One vital sign: its latest value in words and its trend over the session. */
    @TemplateData
    public record Vital(String label, String value, String sparkline) {
    }

    /** The calculated dose and its double check. */
    @TemplateData
    public record Dose(String totalMg, String lotNumber, String calculatedBy, String verifiedBy) {
    }

    @TemplateData
    public record VialChoice(String id, String label) {
    }

    /** The safety gate's items (infusion-service's GateCheck) by the form field they judge. */
    static final java.util.Map<String, String> GATE_ITEMS = java.util.Map.ofEntries(
            java.util.Map.entry("lastSolidsAt", "FASTING_SOLIDS"),
            java.util.Map.entry("lastClearLiquidsAt", "FASTING_CLEAR_LIQUIDS"),
            java.util.Map.entry("pregnancyTestNegative", "PREGNANCY_TEST"),
            java.util.Map.entry("breathAlcoholGramsPerDecilitre", "BREATH_ALCOHOL"),
            java.util.Map.entry("selfReportedIntoxication", "SELF_REPORTED_INTOXICATION"),
            java.util.Map.entry("baselineSystolicMmHg", "BLOOD_PRESSURE"),
            java.util.Map.entry("baselineDiastolicMmHg", "BLOOD_PRESSURE"),
            java.util.Map.entry("baselineHeartRateBpm", "BASELINE_VITALS"),
            java.util.Map.entry("baselineSpo2Percent", "BASELINE_VITALS"),
            java.util.Map.entry("baselineRespiratoryRatePerMinute", "BASELINE_VITALS"),
            java.util.Map.entry("prescriberOnSite", "PRESCRIBER_ON_SITE"));

    /** The step the service just refused, with its reasons and what the clinician had typed. */
    @TemplateData
    public record Step(String name, ServiceProblem problem, java.util.Map<String, String> typed) {

        public String value(String field) {
            String v = typed == null ? null : typed.get(field);
            return v == null ? "" : v;
        }

        /** The service's message for the field; the safety gate names its items, which map onto the form's fields. */
        public String error(String field) {
            if (problem == null) {
                return null;
            }
            String own = problem.field(field);
            String item = GATE_ITEMS.get(field);
            return own != null ? own : item == null ? null : problem.field(item);
        }
    }

    public boolean can(String step) {
        return steps.contains(step);
    }

    /** The refusal of this step, if it was the one just refused. */
    public Step refusal(String step) {
        return failed != null && failed.name().equals(step) ? failed : null;
    }

    /** A refusal of a step the tile no longer offers (the state moved on meanwhile): shown at the top. */
    public ServiceProblem otherProblem() {
        return failed == null || steps.contains(failed.name()) ? null : failed.problem();
    }

    public ServiceProblem problemOf(String step) {
        Step s = refusal(step);
        return s == null ? null : s.problem();
    }

    /** The adverse events infusion-service names (its field takes any short code). */
    public List<String> adverseTypes() {
        return List.of("NAUSEA", "VOMITING", "HYPERTENSION", "RESPIRATORY_DEPRESSION", "EMERGENCE_REACTION", "OVERSEDATION");
    }

    public List<String> severities() {
        return List.of("MILD", "MODERATE", "SEVERE", "SERIOUS");
    }

    public String typed(String step, String field, String fallback) {
        Step s = refusal(step);
        return s == null ? fallback : s.value(field);
    }

    public String error(String step, String field) {
        Step s = refusal(step);
        return s == null ? null : s.error(field);
    }
}
