package org.riverwoods.kap.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of one scenario sent and saw accepted, by kind of request: the client's side of
 * the reconciliation. Ids are what the services answered with (patients, intakes, plans, sessions).
 */
final class FaultTrafficRecord {

    /** The kinds of request the traffic sends, as the reconciliation table lists them. */
    enum Kind {
        REGISTRATION("patient registered"),
        INTAKE("intake started"),
        SCREENING("questionnaire scored"),
        CONSENT("consent recorded"),
        INTAKE_COMPLETION("intake completed"),
        PLAN_ACTIVATION("plan approved and activated"),
        INFUSION("infusion check-in to discharge"),
        VIAL_RECEIPT("vial received into the ledger"),
        WASTE("vial remainder wasted, witnessed"),
        VITALS("vital signs recorded"),
        DIARY_DAY("diary day"),
        QUESTIONNAIRE("patient questionnaire");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Map<Kind, AtomicLong> sent = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> accepted = new EnumMap<>(Kind.class);
    /** Kind → the id each acceptance concerned (the patient for per-patient kinds), with how many times. */
    private final Map<Kind, Map<UUID, AtomicLong>> acceptedIds = new EnumMap<>(Kind.class);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong journeys = new AtomicLong();

    FaultTrafficRecord() {
        for (Kind kind : Kind.values()) {
            sent.put(kind, new AtomicLong());
            accepted.put(kind, new AtomicLong());
            acceptedIds.put(kind, new ConcurrentHashMap<>());
        }
    }

    void sent(Kind kind) {
        sent.get(kind).incrementAndGet();
    }

    void accepted(Kind kind, UUID id) {
        accepted.get(kind).incrementAndGet();
        acceptedIds.get(kind).computeIfAbsent(id, i -> new AtomicLong()).incrementAndGet();
    }

    void journeyCompleted() {
        journeys.incrementAndGet();
    }

    void failed(String why) {
        failures.add(why);
    }

    long sentCount(Kind kind) {
        return sent.get(kind).get();
    }

    long acceptedCount(Kind kind) {
        return accepted.get(kind).get();
    }

    /** The ids accepted for {@code kind}, with how many acceptances each had. */
    Map<UUID, Long> acceptedIds(Kind kind) {
        Map<UUID, Long> copy = new java.util.HashMap<>();
        acceptedIds.get(kind).forEach((id, count) -> copy.put(id, count.get()));
        return copy;
    }

    long completedJourneys() {
        return journeys.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}
