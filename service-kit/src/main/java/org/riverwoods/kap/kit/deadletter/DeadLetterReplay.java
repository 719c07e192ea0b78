package org.riverwoods.kap.kit.deadletter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.failure.Failures;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.PoisonMessageException;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemKind;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.kit.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Replays dead letters: hands the stored record to the consumer method of its channel again, which
 * applies it through the {@link Inbox} as it would a consumed record. The inbox records the event id
 * with the effect, so a replay of a letter whose effect is already there changes nothing: replaying
 * twice is safe. Each attempt is a single one ({@link Inbox#attemptingOnce}): a replay that fails
 * again answers at once and leaves the letter unreplayed. A successful replay is audited.
 */
@ApplicationScoped
public class DeadLetterReplay {

    static final String RESOURCE = "DeadLetter";
    static final ProblemKind REPLAY_FAILED = ProblemKind.of("REPLAY_FAILED", 409, "Replay failed");
    static final ProblemKind DISMISSED = ProblemKind.of("DEAD_LETTER_DISMISSED", 409, "Dead letter dismissed");

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    DeadLetterStore store;

    @Inject
    ConsumerMethods consumers;

    @Inject
    Inbox inbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    /** Replays one letter; a {@link ProblemException} says why it did not apply. */
    public DeadLetterView replay(UUID id) {
        DeadLetter letter = store.find(id).orElseThrow(() -> ProblemException.notFound("Dead letter"));
        if (letter.status == DeadLetterStatus.DISMISSED) {
            throw new ProblemException(DISMISSED, "The dead letter was dismissed; a dismissed letter is not replayed");
        }
        Consumer<ConsumerRecord<String, String>> consumer = consumers.of(letter.channel)
                .orElseThrow(() -> new ProblemException(REPLAY_FAILED, "No consumer method of this service reads "
                        + "channel " + letter.channel + " from a ConsumerRecord; the letter cannot be replayed here"));
        ConsumerRecord<String, String> record = StoredRecord.toConsumerRecord(letter);
        try {
            inbox.attemptingOnce(() -> consumer.accept(record));
        } catch (PoisonMessageException poison) {
            throw failedAgain(letter, "the consumer still refuses the record as poison ("
                    + StoredRecord.printable(poison.getMessage(), 200) + ")");
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                throw failure; // 503 with Retry-After: nothing changed, try again later
            }
            throw failedAgain(letter, "the consumer still fails (" + Failures.classChain(failure) + ")");
        }
        String by = caller.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter replayed = em.find(DeadLetter.class, id);
            if (replayed.status != DeadLetterStatus.REPLAYED) {
                // the first replay that applied it is the one on record; later ones changed nothing
                replayed.status = DeadLetterStatus.REPLAYED;
                replayed.replayedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as stored
                replayed.replayedBy = by;
            }
            audit.record(AuditAction.UPDATE, RESOURCE, null, id);
            LOG.infof("Dead letter %s (%s %s-%d@%d) replayed by %s", id, letter.channel, letter.topic,
                    letter.recordPartition, letter.recordOffset, by);
            return DeadLetterView.of(replayed);
        });
    }

    /**
     * Closes an unreplayed letter without applying it: poison that can never apply, or an event an
     * administrator found obsolete. The reason is kept with the letter and the closing is audited; the
     * letter no longer counts as unreplayed (gauge, health, and the hold on a patient's safety decisions).
     */
    public DeadLetterView dismiss(UUID id, String reason) {
        String by = caller.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = em.find(DeadLetter.class, id);
            if (letter == null) {
                throw ProblemException.notFound("Dead letter");
            }
            if (letter.status != DeadLetterStatus.UNREPLAYED) {
                throw new ProblemException(DISMISSED, "Only an unreplayed dead letter can be dismissed; this one is "
                        + letter.status);
            }
            letter.status = DeadLetterStatus.DISMISSED;
            letter.dismissedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            letter.dismissedBy = by;
            letter.dismissalReason = reason;
            audit.record(AuditAction.UPDATE, RESOURCE, null, id);
            LOG.infof("Dead letter %s (%s %s-%d@%d) dismissed by %s", id, letter.channel, letter.topic,
                    letter.recordPartition, letter.recordOffset, by);
            return DeadLetterView.of(letter);
        });
    }

    /** Replays every unreplayed letter, oldest first; one that fails again does not stop the others. */
    public ReplayReport replayAll() {
        List<UUID> ids = store.unreplayedIds();
        List<UUID> replayed = new ArrayList<>();
        List<ReplayReport.StillFailing> failing = new ArrayList<>();
        for (UUID id : ids) {
            try {
                replay(id);
                replayed.add(id);
            } catch (ProblemException e) {
                failing.add(new ReplayReport.StillFailing(id, e.problem().status(), e.problem().detail()));
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                failing.add(new ReplayReport.StillFailing(id, ProblemType.UNAVAILABLE.status(),
                        "Temporarily unavailable (" + Failures.classChain(e) + "); nothing changed, replay again later"));
            }
        }
        return new ReplayReport(ids.size(), replayed, failing);
    }

    private static ProblemException failedAgain(DeadLetter letter, String why) {
        LOG.warnf("Replay of dead letter %s (%s %s-%d@%d) failed: %s", letter.id, letter.channel, letter.topic,
                letter.recordPartition, letter.recordOffset, why);
        return new ProblemException(REPLAY_FAILED, "The dead letter was not replayed: " + why
                + ". It stays unreplayed; fix the cause and replay it again.");
    }
}
