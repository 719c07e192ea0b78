package org.riverwoods.kap.console.chart;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Fetches a patient's outcome figures and questionnaires and puts the four charts on a page; used
 * by the clinician's chart and the patient's own page (the service decides what each may see).
 */
@RequestScoped
public class OutcomeFigures {

    @Inject
    ServiceCalls services;

    /** outcomes-service kap.clinical.outcomes.phq9-response-drop-percent (its documented default). */
    @ConfigProperty(name = "kap.console.outcomes.phq9-response-drop-percent", defaultValue = "50")
    int responseDropPercent;

    /** outcomes-service kap.clinical.outcomes.phq9-remission-below (its documented default). */
    @ConfigProperty(name = "kap.console.outcomes.phq9-remission-below", defaultValue = "5")
    int remissionBelow;

    @SuppressWarnings("unchecked")
    public TemplateInstance into(Template template, UUID patientId) {
        ServiceAnswer outcomes = services.get(Service.OUTCOMES, "/api/v1/patients/" + patientId + "/outcomes");
        ServiceAnswer questionnaires = services.get(Service.OUTCOMES,
                "/api/v1/patients/" + patientId + "/questionnaires?size=100");
        Map<String, Object> figures = outcomes.ok() ? outcomes.map() : Map.of();
        List<Map<String, Object>> answered = questionnaires.ok() ? questionnaires.items() : List.of();
        Integer baseline = null;
        if (figures.get("phq9") instanceof Map<?, ?> phq && phq.get("change") instanceof Map<?, ?> change
                && change.get("baseline") instanceof Number n) {
            baseline = n.intValue();
        }
        return template.instance()
                .data("outcomes", figures)
                .data("outcomesProblem", outcomes.ok() ? null : outcomes.problem())
                .data("questionnaires", answered)
                .data("questionnairesProblem", questionnaires.ok() ? null : questionnaires.problem())
                .data("pda", OutcomeCharts.percentDaysAbstinent(figures))
                .data("hdd", OutcomeCharts.heavyDrinkingDays(figures))
                .data("phq9", OutcomeCharts.phq9(answered, baseline, responseDropPercent, remissionBelow))
                .data("craving", OutcomeCharts.craving(answered))
                .data("relapse", figures.get("relapse"));
    }
}
