package org.riverwoods.kap.outcomes.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.outbox.Outbox;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;
import org.riverwoods.kap.outcomes.events.SuicideRiskReported;
import org.riverwoods.kap.outcomes.profile.OutcomeInputChanged;
import org.riverwoods.kap.outcomes.profile.PatientProfile;
import org.riverwoods.kap.outcomes.timeline.TimelineEntry;

import io.quarkus.panache.common.Sort;

/**
 * Questionnaires during treatment. A PHQ-9 whose item 9 crosses the alert setting puts a staff-only
 * line on the patient's timeline for same-day follow-up, whatever the total, and reports it
 * (SuicideRiskReported) so that intake flags the patient until a clinician reviews it.
 */
@ApplicationScoped
public class QuestionnaireService {

    @Inject
    QuestionnaireScorer scorer;

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<OutcomeInputChanged> outcomeInputChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public QuestionnaireView record(UUID patientId, QuestionnaireRequest request) {
        access.require(patientId, "QuestionnaireResponse");
        PatientProfile.requireKnown(patientId);
        QuestionnaireScorer.Score score = scorer.score(request.questionnaire(), request.answers());
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.id = UUID.randomUUID();
        r.patientId = patientId;
        r.questionnaire = request.questionnaire();
        r.answers = List.copyOf(request.answers());
        r.total = score.total();
        r.band = score.band();
        r.suicideRisk = score.suicideRisk();
        r.recordedAt = Instant.now();
        r.answeredAt = request.answeredAt() != null ? request.answeredAt() : r.recordedAt;
        r.recordedBy = caller.subject();
        r.persist();
        if (r.suicideRisk) {
            int item9Answer = r.answers.get(QuestionnaireScorer.PHQ9_SUICIDE_ITEM - 1);
            TimelineEntry alert = new TimelineEntry();
            alert.eventId = "questionnaire:" + r.id;
            alert.patientId = patientId;
            alert.occurredAt = r.answeredAt;
            alert.source = "outcomes-service";
            alert.eventType = "SuicideRiskReported";
            alert.summary = "PHQ-9 item 9 answered " + item9Answer
                    + " during treatment: same-day suicide-risk follow-up";
            alert.staffOnly = true;
            alert.persist();
            // the flag and its review live in intake: one review there clears it on every service
            outbox.append(new SuicideRiskReported(patientId, r.id, item9Answer, r.total, r.answeredAt, r.recordedAt));
        }
        QuestionnaireResponse.flush();
        outcomeInputChanged.fire(new OutcomeInputChanged(patientId));
        audit.record(AuditAction.CREATE, "QuestionnaireResponse", patientId, r.id);
        return QuestionnaireView.of(r);
    }

    @Transactional
    public Page<QuestionnaireView> list(UUID patientId, int page, int size) {
        access.require(patientId, "QuestionnaireResponse");
        var query = QuestionnaireResponse.<QuestionnaireResponse>find("patientId", Sort.by("answeredAt").and("id"), patientId);
        List<QuestionnaireResponse> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, "QuestionnaireResponse", patientId, null);
        return Page.of(found.stream().map(QuestionnaireView::of).toList(), page, size, query.count());
    }
}
