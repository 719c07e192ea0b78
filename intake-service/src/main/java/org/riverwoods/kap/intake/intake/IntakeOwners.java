package org.riverwoods.kap.intake.intake;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientOwners;

/** Whose intake a path names: a patient posting her questionnaire to another's intake is refused before validation. */
@ApplicationScoped
public class IntakeOwners implements PatientOwners {

    @Override
    public String pathParameter() {
        return "intakeId";
    }

    @Override
    @Transactional
    public Optional<UUID> patientOf(UUID intakeId) {
        return Optional.ofNullable(Intake.<Intake>findById(intakeId)).map(intake -> intake.patientId);
    }
}
