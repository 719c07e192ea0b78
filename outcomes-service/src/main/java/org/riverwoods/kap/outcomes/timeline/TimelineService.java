package org.riverwoods.kap.outcomes.timeline;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TimelineService {

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Oldest first. A patient sees their own timeline without the staff-only lines. */
    @Transactional
    public Page<TimelineView> of(UUID patientId, int page, int size) {
        access.require(patientId, "Timeline");
        var query = caller.isPatientOnly()
                ? TimelineEntry.<TimelineEntry>find("patientId = ?1 and staffOnly = false", Sort.by("occurredAt").and("id"), patientId)
                : TimelineEntry.<TimelineEntry>find("patientId", Sort.by("occurredAt").and("id"), patientId);
        List<TimelineEntry> entries = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, "Timeline", patientId, null);
        return Page.of(entries.stream().map(TimelineView::of).toList(), page, size, query.count());
    }
}
