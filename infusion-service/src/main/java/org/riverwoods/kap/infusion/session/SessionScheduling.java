package org.riverwoods.kap.infusion.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;

/**
 * Sessions follow treatment's appointments: a booked infusion becomes a scheduled session; a moved
 * one (same appointment, new time or amended dose) updates it while nobody has checked in yet; a
 * deferred or aborted infusion rescheduled to a later time becomes a new session (a new visit), and
 * the day that ended keeps its record.
 */
@ApplicationScoped
public class SessionScheduling {

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduled(Consumed.InfusionScheduled order) {
        InfusionSession session = latestVisit(order.appointmentId());
        if (session == null || isNewVisit(session, order)) {
            session = newSession(order);
        } else if (session.status != SessionStatus.SCHEDULED && session.status != SessionStatus.CANCELLED) {
            return; // the day has begun (or ended): the order as checked in stands
        }
        session.status = SessionStatus.SCHEDULED;
        session.statusReason = null;
        session.planId = order.planId();
        session.planVersion = order.planVersion() == null ? 1 : order.planVersion();
        session.infusionNumber = order.infusionNumber() == null ? 1 : order.infusionNumber();
        session.infusionCount = order.infusionCount() == null ? session.infusionNumber : order.infusionCount();
        session.scheduledStart = order.scheduledStart();
        session.visitMinutes = order.visitMinutes() == null ? 0 : order.visitMinutes();
        session.route = order.route();
        session.doseMgPerKg = order.doseMgPerKg();
        session.infusionMinutes = order.infusionMinutes();
        session.bolusDoseMgPerKg = order.bolusDoseMgPerKg();
        session.bolusMinutes = order.bolusMinutes();
        session.prescriber = order.prescriber();
        session.updatedAt = Instant.now();
        if (!session.isPersistent()) {
            session.persist();
        }
        audit.recordSystem("treatment-service", AuditAction.UPDATE, SessionService.RESOURCE, session.patientId, session.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Consumed.AppointmentCancelled cancelled) {
        if (!"KETAMINE_INFUSION".equals(cancelled.kind())) {
            return;
        }
        InfusionSession session = latestVisit(cancelled.appointmentId());
        if (session == null || session.status != SessionStatus.SCHEDULED) {
            return;
        }
        session.status = SessionStatus.CANCELLED;
        session.statusReason = cancelled.reason();
        session.updatedAt = Instant.now();
        audit.recordSystem("treatment-service", AuditAction.UPDATE, SessionService.RESOURCE, session.patientId, session.id);
    }

    private static InfusionSession latestVisit(UUID appointmentId) {
        return InfusionSession.find("appointmentId = ?1 order by createdAt desc", appointmentId).firstResult();
    }

    /** Staff confirmed a later time for an infusion that did not happen: that is another visit. */
    private static boolean isNewVisit(InfusionSession latest, Consumed.InfusionScheduled order) {
        boolean ended = latest.status == SessionStatus.DEFERRED || latest.status == SessionStatus.ABORTED;
        return ended && order.scheduledStart() != null && order.scheduledStart().isAfter(latest.scheduledStart);
    }

    private static InfusionSession newSession(Consumed.InfusionScheduled order) {
        InfusionSession session = new InfusionSession();
        session.id = UUID.randomUUID();
        session.appointmentId = order.appointmentId();
        session.patientId = order.patientId();
        session.status = SessionStatus.SCHEDULED;
        session.createdAt = Instant.now();
        return session;
    }
}
