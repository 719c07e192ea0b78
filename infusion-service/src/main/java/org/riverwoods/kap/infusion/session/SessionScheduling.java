package org.riverwoods.kap.infusion.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.infusion.safety.AlertRule;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;

/**
 * Sessions follow treatment's appointments: a booked infusion becomes a scheduled session; a moved
 * one (same appointment, new time or amended dose) updates it while nobody has checked in yet; an
 * order amended after check-in replaces the order and voids the dose calculated for it; a deferred,
 * aborted or cancelled-after-check-in infusion rescheduled to a later time becomes a new session (a
 * new visit), and the day that ended keeps its record. A cancellation ends a visit not yet dosed;
 * an amendment or cancellation during the infusion raises a STOP alert.
 */
@ApplicationScoped
public class SessionScheduling {

    @Inject
    AuditTrail audit;

    @Inject
    SessionAlerts alerts;

    @Inject
    SessionBoard board;

    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduled(Consumed.InfusionScheduled order) {
        InfusionSession session = latestVisit(order.appointmentId());
        if (session == null || isNewVisit(session, order)) {
            session = newSession(order);
        } else if (session.status == SessionStatus.CHECKED_IN
                || session.status == SessionStatus.PRE_ASSESSMENT_PASSED) {
            amendedAfterCheckIn(session, order);
            return;
        } else if (session.status == SessionStatus.INFUSING && changesTheOrder(session, order)) {
            alerts.raise(session, AlertRule.ORDER_AMENDED, "The prescription was amended during the infusion (now "
                    + order.doseMgPerKg().stripTrailingZeros().toPlainString() + " mg/kg, plan version "
                    + order.planVersion() + "): stop and call the prescriber");
            return;
        } else if (session.status != SessionStatus.SCHEDULED
                && !(session.status == SessionStatus.CANCELLED && session.checkedInAt == null)) {
            return; // checked in, dosed, or the day ended: the record stands
        }
        session.status = SessionStatus.SCHEDULED;
        session.statusReason = null;
        applyOrder(session, order);
        session.scheduledStart = order.scheduledStart();
        session.visitMinutes = order.visitMinutes() == null ? 0 : order.visitMinutes();
        session.updatedAt = Instant.now();
        if (!session.isPersistent()) {
            session.persist();
        }
        audit.recordSystem("treatment-service", AuditAction.UPDATE, SessionService.RESOURCE, session.patientId, session.id);
    }

    /**
     * The prescriber amended the order after the patient checked in: the new order applies, and the
     * dose calculated and checked for the old one no longer counts.
     */
    private void amendedAfterCheckIn(InfusionSession session, Consumed.InfusionScheduled order) {
        if (!changesTheOrder(session, order)) {
            return;
        }
        applyOrder(session, order);
        session.dose = null;
        session.doseCalculatedBy = null;
        session.doseVerifiedBy = null;
        session.doseVerifiedAt = null;
        session.orderAmendedAt = Instant.now();
        session.updatedAt = session.orderAmendedAt;
        audit.recordSystem("treatment-service", AuditAction.UPDATE, SessionService.RESOURCE, session.patientId, session.id);
        board.changed(session.id);
    }

    private static boolean changesTheOrder(InfusionSession s, Consumed.InfusionScheduled order) {
        int version = order.planVersion() == null ? 1 : order.planVersion();
        return version != s.planVersion || !order.route().equals(s.route) || !same(order.doseMgPerKg(), s.doseMgPerKg)
                || !Objects.equals(order.infusionMinutes(), s.infusionMinutes)
                || !same(order.bolusDoseMgPerKg(), s.bolusDoseMgPerKg)
                || !Objects.equals(order.bolusMinutes(), s.bolusMinutes);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void applyOrder(InfusionSession session, Consumed.InfusionScheduled order) {
        session.planId = order.planId();
        session.planVersion = order.planVersion() == null ? 1 : order.planVersion();
        session.infusionNumber = order.infusionNumber() == null ? 1 : order.infusionNumber();
        session.infusionCount = order.infusionCount() == null ? session.infusionNumber : order.infusionCount();
        session.route = order.route();
        session.doseMgPerKg = order.doseMgPerKg();
        session.infusionMinutes = order.infusionMinutes();
        session.bolusDoseMgPerKg = order.bolusDoseMgPerKg();
        session.bolusMinutes = order.bolusMinutes();
        session.prescriber = order.prescriber();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Consumed.AppointmentCancelled cancelled) {
        if (!"KETAMINE_INFUSION".equals(cancelled.kind())) {
            return;
        }
        InfusionSession session = latestVisit(cancelled.appointmentId());
        if (session == null) {
            return;
        }
        if (session.status == SessionStatus.INFUSING) {
            alerts.raise(session, AlertRule.APPOINTMENT_CANCELLED,
                    "Treatment cancelled this appointment during the infusion: stop and call the prescriber");
            return;
        }
        if (!session.status.canBecome(SessionStatus.CANCELLED)) {
            return; // dosed, deferred or ended: the record stands
        }
        session.status = SessionStatus.CANCELLED;
        session.statusReason = cancelled.reason();
        board.changed(session.id);
        session.updatedAt = Instant.now();
        audit.recordSystem("treatment-service", AuditAction.UPDATE, SessionService.RESOURCE, session.patientId, session.id);
    }

    private static InfusionSession latestVisit(UUID appointmentId) {
        return InfusionSession.find("appointmentId = ?1 order by createdAt desc", appointmentId).firstResult();
    }

    /** Staff confirmed a later time for an infusion that did not happen: that is another visit. */
    private static boolean isNewVisit(InfusionSession latest, Consumed.InfusionScheduled order) {
        boolean ended = latest.status == SessionStatus.DEFERRED || latest.status == SessionStatus.ABORTED
                || latest.status == SessionStatus.CANCELLED && latest.checkedInAt != null;
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
