package org.riverwoods.kap.intake.intake;

/** A screening, substance history or contraindication screen was recorded into this open intake. */
public record IntakeRecorded(Intake intake) {
}
