package org.riverwoods.kap.outcomes.cohort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.outcomes.outcome.OutcomeService;
import org.riverwoods.kap.outcomes.outcome.PatientOutcomes;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

/**
 * Per protocol template and enrolment quarter: how many started and completed, their mean percent
 * days abstinent since the start, and relapse-free survival — aggregates only, small cells suppressed.
 */
@ApplicationScoped
public class CohortService {

    @Inject
    OutcomeService outcomes;

    @Inject
    CohortSettings settings;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "kap.outcomes.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional
    public List<CohortRow> quarter(String period) {
        if (period == null || !period.matches("\\d{4}-Q[1-4]")) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "period must look like 2026-Q4");
        }
        LocalDate today = LocalDate.now(clinicZone);
        Map<String, List<PatientSummary>> byTemplate = new TreeMap<>();
        for (PatientProfile p : PatientProfile.<PatientProfile>list("planStartedOn is not null and templateCode is not null")) {
            if (!Periods.quarterOf(p.planStartedOn).equals(period)) {
                continue;
            }
            PatientOutcomes figures = outcomes.compute(p, today.isBefore(p.planStartedOn) ? p.planStartedOn : today);
            SurvivalObservation relapse = figures.relapse().relapsed()
                    ? SurvivalObservation.relapsedOn(figures.relapse().daysToEvent())
                    : SurvivalObservation.relapseFreeUntil(figures.relapse().daysToEvent());
            byTemplate.computeIfAbsent(p.templateCode, t -> new ArrayList<>()).add(new PatientSummary(
                    "COMPLETED".equals(p.planStatus), figures.sinceStart().percentDaysAbstinent(),
                    figures.phq9() == null ? null : figures.phq9().change().change(), relapse));
        }
        audit.record(AuditAction.READ, "CohortReport", null, period);
        return byTemplate.entrySet().stream()
                .map(e -> CohortRow.of(e.getKey(), period, e.getValue(), settings.minimumCellSize())).toList();
    }
}
