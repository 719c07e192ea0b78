package org.riverwoods.kap.infusion.consent;

import java.util.UUID;

/** Fired in the consumer's transaction: a patient in the chair must not go on without consent. */
public record TreatmentConsentRevoked(UUID patientId) {
}
