package org.riverwoods.kap.kit.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose record a path names, for paths that name a record rather than its patient (e.g. an intake).
 * A service implements it (a bean) for such records that a patient may write to, so that
 * {@link PatientScopeFilter} refuses another patient's record before her request body is validated.
 */
public interface PatientOwners {

    /** The path parameter holding the record's id, e.g. {@code intakeId}. */
    String pathParameter();

    /** The patient the record belongs to; empty for a record that does not exist (the resource answers 404). */
    Optional<UUID> patientOf(UUID recordId);
}
