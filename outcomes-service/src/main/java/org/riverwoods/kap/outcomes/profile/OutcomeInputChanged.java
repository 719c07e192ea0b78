package org.riverwoods.kap.outcomes.profile;

import java.util.UUID;

/**
 * A diary day, lab result or questionnaire of this patient was written: the outcome figures may have
 * changed. Fired synchronously inside the writing transaction, so that the writers need not know
 * who recomputes the figures (the outcome package observes it; the dependency runs one way).
 */
public record OutcomeInputChanged(UUID patientId) {
}
