package org.riverwoods.kap.intake.patient;

import java.math.RoundingMode;

import org.riverwoods.kap.intake.events.PatientRegistered;
import org.riverwoods.kap.intake.events.PatientUpdated;

/** Between the entity, the API's views and the events; the events leave names and contacts out. */
final class PatientMapper {

    private PatientMapper() {
    }

    static void apply(PatientDetails details, Patient patient) {
        patient.medicalRecordNumber = blankToNull(details.medicalRecordNumber());
        patient.givenName = details.givenName().trim();
        patient.familyName = details.familyName().trim();
        patient.dateOfBirth = details.dateOfBirth();
        patient.sex = details.sex();
        patient.email = blankToNull(details.email());
        patient.phone = blankToNull(details.phone());
        patient.weightKg = details.weightKg().setScale(1, RoundingMode.UNNECESSARY);
        patient.weightMeasuredOn = details.weightMeasuredOn();
    }

    static PatientView toView(Patient p) {
        return new PatientView(p.id, p.medicalRecordNumber, p.givenName, p.familyName, p.dateOfBirth, p.sex,
                p.email, p.phone, p.weightKg, p.weightMeasuredOn, p.suicideRiskFlaggedAt, p.registeredAt, p.updatedAt, p.version);
    }

    static PatientRegistered registered(Patient p) {
        return new PatientRegistered(p.id, p.sex.name(), p.dateOfBirth.getYear(), p.weightKg, p.weightMeasuredOn,
                p.registeredAt);
    }

    /** Call after a flush, so that {@code version} is the one the update commits with. */
    static PatientUpdated updated(Patient p) {
        return new PatientUpdated(p.id, p.version, p.sex.name(), p.dateOfBirth.getYear(), p.weightKg,
                p.weightMeasuredOn, p.updatedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
