package org.riverwoods.kap.outcomes.events;

import java.math.BigDecimal;
import java.util.UUID;

import org.riverwoods.kap.kit.outbox.DomainEvent;

/**
 * A de-identified outcome fact for analytics teams (HIPAA Safe Harbor style): a random pseudonym,
 * days from the patient's own enrolment instead of dates, an age band, sex and protocol. No ids, no
 * names, no dates, no free text.
 */
public record AnalyticsOutcomeRecorded(String pseudonym, long dayOffset, String ageBand, String sex, String protocol,
        String measure, String substance, BigDecimal value) implements DomainEvent {

    @Override
    public String topic() {
        return Topics.ANALYTICS_OUTCOMES;
    }

    /** Never published: the analytics key is the pseudonym. */
    @Override
    public UUID subjectId() {
        return null;
    }

    @Override
    public String messageKey() {
        return pseudonym;
    }
}
