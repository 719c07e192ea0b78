package org.riverwoods.kap.outcomes.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.outcomes.deidentify.AgeBands;
import org.riverwoods.kap.outcomes.deidentify.DayOffsets;
import org.riverwoods.kap.outcomes.deidentify.Pseudonyms;
import org.riverwoods.kap.outcomes.events.AnalyticsOutcomeRecorded;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

/**
 * Publishes de-identified outcome facts, only while the patient's 42 CFR Part 2 consent to program
 * analytics is in force: a revocation (a ConsentRevoked event) stops publication from the next fact.
 * Enrolment, day 0 of the offsets, is the day the patient's plan became active.
 */
@ApplicationScoped
public class AnalyticsPublisher {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publish(UUID patientId, LocalDate day, String measure, String substance, BigDecimal value) {
        PatientProfile profile = PatientProfile.findById(patientId);
        if (profile == null || !profile.analyticsConsent || profile.planStartedOn == null || profile.templateCode == null) {
            return false;
        }
        AnalyticsSubject subject = subjectOf(profile);
        outbox.append(new AnalyticsOutcomeRecorded(subject.pseudonym, DayOffsets.offset(subject.enrolledOn, day),
                subject.ageBand, profile.sex == null ? "UNKNOWN" : profile.sex, profile.templateCode, measure, substance,
                value));
        return true;
    }

    private static AnalyticsSubject subjectOf(PatientProfile profile) {
        AnalyticsSubject subject = AnalyticsSubject.findById(profile.patientId);
        if (subject == null) {
            subject = new AnalyticsSubject();
            subject.patientId = profile.patientId;
            subject.pseudonym = Pseudonyms.newPseudonym();
            subject.enrolledOn = profile.planStartedOn;
            subject.ageBand = profile.birthYear == null ? "UNKNOWN"
                    : AgeBands.of(AgeBands.ageAt(profile.birthYear, profile.planStartedOn));
            subject.persist();
        }
        return subject;
    }
}
