package org.riverwoods.kap.treatment.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

/** The work queue of intakes that need a clinician before (or instead of) a plan. */
@ApplicationScoped
public class ReviewQueue {

    static final String RESOURCE = "ReviewQueueEntry";

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID intakeId, UUID patientId, String decision, List<ReviewQueueEntry.ReviewReason> reasons,
            String primarySubstance) {
        ReviewQueueEntry entry = new ReviewQueueEntry();
        entry.intakeId = intakeId;
        entry.patientId = patientId;
        entry.decision = decision;
        entry.reasons = List.copyOf(reasons);
        entry.primarySubstance = primarySubstance;
        entry.receivedAt = Instant.now();
        entry.persist();
        audit.recordSystem("intake-service", AuditAction.CREATE, RESOURCE, patientId, intakeId);
    }

    @Transactional
    public Page<ReviewQueueView> list(boolean includeResolved, int page, int size) {
        var query = includeResolved ? ReviewQueueEntry.<ReviewQueueEntry>findAll(Sort.by("receivedAt"))
                : ReviewQueueEntry.<ReviewQueueEntry>find("resolvedAt is null", Sort.by("receivedAt"));
        List<ReviewQueueEntry> entries = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        entries.forEach(e -> audit.record(AuditAction.LIST, RESOURCE, e.patientId, e.intakeId));
        return Page.of(entries.stream().map(ReviewQueueView::of).toList(), page, size, query.count());
    }

    @Transactional
    public ReviewQueueView resolve(UUID intakeId, String resolution) {
        ReviewQueueEntry entry = ReviewQueueEntry.findById(intakeId);
        if (entry == null) {
            throw ProblemException.notFound("Review of intake " + intakeId);
        }
        if (entry.resolvedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This review was already resolved at " + entry.resolvedAt);
        }
        entry.resolution = resolution.trim();
        entry.resolvedBy = caller.subject();
        entry.resolvedAt = Instant.now();
        audit.record(AuditAction.UPDATE, RESOURCE, entry.patientId, intakeId);
        return ReviewQueueView.of(entry);
    }
}
