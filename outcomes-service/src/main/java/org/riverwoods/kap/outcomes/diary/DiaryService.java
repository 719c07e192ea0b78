package org.riverwoods.kap.outcomes.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.rest.ETags;
import org.riverwoods.kap.kit.rest.Page;
import org.riverwoods.kap.kit.security.Caller;
import org.riverwoods.kap.outcomes.profile.OutcomeInputChanged;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

import io.quarkus.panache.common.Sort;

/**
 * The Timeline Followback diary: a patient (or a clinician) records each day, backfilling past days
 * as needed; no future day; an edit needs the day's ETag and keeps what it replaced.
 */
@ApplicationScoped
public class DiaryService {

    static final String RESOURCE = "DiaryDay";

    @Inject
    PatientAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OutcomeInputChanged> outcomeInputChanged;

    @Inject
    org.riverwoods.kap.outcomes.analytics.AnalyticsPublisher analytics;

    @ConfigProperty(name = "kap.outcomes.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional
    public DiaryDayView record(UUID patientId, LocalDate day, String ifMatch, DiaryDayRequest request) {
        access.require(patientId, RESOURCE);
        PatientProfile.requireKnown(patientId);
        if (day.isAfter(LocalDate.now(clinicZone))) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A diary day cannot be in the future");
        }
        long substances = request.entries().stream().map(DiaryEntry::substance).distinct().count();
        if (substances != request.entries().size()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Each substance may appear once per day");
        }
        DiaryDay existing = DiaryDay.findById(new DiaryDay.Key(patientId, day));
        if (existing != null && sameEntries(existing.entries, request.entries())) {
            // the app sending the day again after losing the answer: nothing to correct, no ETag needed
            audit.record(AuditAction.READ, RESOURCE, patientId, day);
            return DiaryDayView.of(existing);
        }
        Instant now = Instant.now();
        DiaryDay d = existing;
        if (existing == null) {
            d = new DiaryDay();
            d.patientId = patientId;
            d.day = day;
        } else {
            ETags.requireMatch(ifMatch, existing.rowVersion);
            DiaryDayHistory was = new DiaryDayHistory();
            was.patientId = patientId;
            was.day = day;
            was.entries = existing.entries;
            was.recordedAt = existing.recordedAt;
            was.recordedBy = existing.recordedBy;
            was.replacedAt = now;
            was.replacedBy = caller.subject();
            was.persist();
        }
        d.entries = List.copyOf(request.entries());
        d.recordedAt = now;
        d.recordedBy = caller.subject();
        if (existing == null) {
            d.persist();
        }
        DiaryDay.flush();
        publishFacts(patientId, day, d.entries);
        outcomeInputChanged.fire(new OutcomeInputChanged(patientId));
        audit.record(existing == null ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, patientId, day);
        return DiaryDayView.of(d);
    }

    /** The same substances in the same amounts (2 and 2.0 drinks are the same), in any order. */
    static boolean sameEntries(List<DiaryEntry> recorded, List<DiaryEntry> sent) {
        if (recorded.size() != sent.size()) {
            return false;
        }
        return sent.stream().allMatch(entry -> recorded.stream().anyMatch(r -> r.substance().equals(entry.substance())
                && r.amount().compareTo(entry.amount()) == 0));
    }

    @Transactional
    public Page<DiaryDayView> days(UUID patientId, LocalDate from, LocalDate to, int page, int size) {
        access.require(patientId, RESOURCE);
        var query = DiaryDay.<DiaryDay>find("patientId = ?1 and day >= ?2 and day <= ?3", Sort.by("day"), patientId,
                from, to);
        List<DiaryDay> found = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        audit.record(AuditAction.LIST, RESOURCE, patientId, null);
        return Page.of(found.stream().map(DiaryDayView::of).toList(), page, size, query.count());
    }

    @Transactional
    public List<DiaryDayHistory> history(UUID patientId, LocalDate day) {
        access.require(patientId, RESOURCE);
        audit.record(AuditAction.READ, "DiaryDayHistory", patientId, day);
        return DiaryDayHistory.list("patientId = ?1 and day = ?2 order by id", patientId, day);
    }

    /**
     * One de-identified fact per substance used that day, or one abstinent-day fact; a corrected day
     * is published again (analytics keep the latest fact per pseudonym, day offset and measure).
     */
    private void publishFacts(UUID patientId, LocalDate day, List<DiaryEntry> entries) {
        if (entries.isEmpty()) {
            analytics.publish(patientId, day, "ABSTINENT_DAY", null, java.math.BigDecimal.ONE);
        }
        for (DiaryEntry entry : entries) {
            analytics.publish(patientId, day, "SUBSTANCE_USE_DAY", entry.substance(), entry.amount());
        }
    }

    /** Every known day, for the outcome measures. */
    public List<DiaryDay> all(UUID patientId) {
        return DiaryDay.list("patientId = ?1 order by day", patientId);
    }
}
