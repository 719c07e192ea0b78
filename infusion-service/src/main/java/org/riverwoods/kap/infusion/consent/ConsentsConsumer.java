package org.riverwoods.kap.infusion.consent;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.riverwoods.kap.infusion.events.Consumed;
import org.riverwoods.kap.kit.failure.FactNotYetKnown;
import org.riverwoods.kap.kit.freshness.RecordsPosition;
import org.riverwoods.kap.kit.inbox.Inbox;
import org.riverwoods.kap.kit.inbox.IncomingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Treatment consents as intake grants and revokes them; only treatment consents matter for infusions. */
@ApplicationScoped
public class ConsentsConsumer {

    static final String CONSUMER = "infusion-service/intake-consents";
    private static final String TREATMENT = "TREATMENT";

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Inject
    Event<TreatmentConsentRevoked> revocations;

    @Incoming("intake-consents")
    @Blocking
    @RecordsPosition
    public void onConsent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (event.is("ConsentGranted")) {
            Consumed.ConsentGranted e = event.payload(json, Consumed.ConsentGranted.class);
            event.require(e.kind() != null, "kind"); // without it, a treatment consent would pass unseen
            if (TREATMENT.equals(e.kind())) {
                event.require(e.consentId() != null && e.patientId() != null, "consentId or patientId");
                inbox.process(CONSUMER, event, x -> granted(e));
            }
        } else if (event.is("ConsentRevoked")) {
            Consumed.ConsentRevoked e = event.payload(json, Consumed.ConsentRevoked.class);
            event.require(e.kind() != null, "kind");
            if (TREATMENT.equals(e.kind())) {
                event.require(e.consentId() != null, "consentId");
                inbox.process(CONSUMER, event, x -> revoked(e));
            }
        }
    }

    private static void granted(Consumed.ConsentGranted e) {
        TreatmentConsent consent = new TreatmentConsent();
        consent.consentId = e.consentId();
        consent.patientId = e.patientId();
        consent.expiresOn = e.expiresOn();
        consent.updatedAt = Instant.now();
        consent.persist();
    }

    private void revoked(Consumed.ConsentRevoked e) {
        TreatmentConsent consent = TreatmentConsent.findById(e.consentId());
        if (consent == null) {
            // A revocation must never be dropped: hold it until the grant it revokes is here.
            throw new FactNotYetKnown("The treatment consent being revoked");
        }
        consent.revokedAt = e.revokedAt() != null ? e.revokedAt() : Instant.now();
        consent.updatedAt = Instant.now();
        revocations.fire(new TreatmentConsentRevoked(consent.patientId));
    }
}
