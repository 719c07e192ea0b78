package org.riverwoods.kap.outcomes.outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.outcomes.events.OutcomeMeasured;
import org.riverwoods.kap.outcomes.events.RelapseDetected;
import org.riverwoods.kap.outcomes.profile.OutcomeInputChanged;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

/**
 * After each diary day, questionnaire or lab result of a patient in treatment: OutcomeMeasured with
 * the current figures, and RelapseDetected the first time the protocol's rule finds a relapse.
 */
@ApplicationScoped
public class OutcomeAnnouncements {

    @Inject
    OutcomeService outcomes;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kap.outcomes.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional(Transactional.TxType.MANDATORY)
    void afterChange(@Observes OutcomeInputChanged change) {
        afterChange(change.patientId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void afterChange(UUID patientId) {
        PatientProfile profile = PatientProfile.findById(patientId);
        LocalDate today = LocalDate.now(clinicZone);
        if (profile == null || profile.planStartedOn == null || profile.primarySubstance == null
                || today.isBefore(profile.planStartedOn)) {
            return; // outcomes count from the start of treatment
        }
        PatientOutcomes figures;
        try {
            figures = outcomes.compute(profile, today);
        } catch (ProblemException e) {
            return; // figures that cannot be computed are not announced; the API explains why
        }
        var since = figures.sinceStart();
        var phq9 = figures.phq9();
        outbox.append(new OutcomeMeasured(patientId, profile.templateCode, today,
                ChronoUnit.DAYS.between(profile.planStartedOn, today), since.daysKnown(), since.percentDaysAbstinent(),
                since.heavyDrinkingDays(), phq9 == null ? null : phq9.change().baseline(),
                phq9 == null ? null : phq9.change().latest(), phq9 == null ? null : phq9.response(),
                phq9 == null ? null : phq9.remission(), figures.relapse().relapsed()));
        if (figures.relapse().relapsed() && firstAnnouncement(patientId, figures.relapse().relapseOn())) {
            outbox.append(new RelapseDetected(patientId, profile.templateCode, figures.relapseRule(),
                    figures.relapse().relapseOn(), figures.relapse().daysToEvent(), figures.relapse().basis()));
        }
    }

    /** Records the relapse as announced; false when it already was. */
    private boolean firstAnnouncement(UUID patientId, LocalDate relapseOn) {
        return em.createNativeQuery("insert into outcome_state (patient_id, relapse_announced) values (?1, ?2) "
                + "on conflict (patient_id) do update set relapse_announced = excluded.relapse_announced "
                + "where outcome_state.relapse_announced is null")
                .setParameter(1, patientId).setParameter(2, relapseOn).executeUpdate() == 1;
    }
}
