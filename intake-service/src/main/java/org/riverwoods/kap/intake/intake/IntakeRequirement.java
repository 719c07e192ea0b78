package org.riverwoods.kap.intake.intake;

/** Something an intake still lacks, as shown to the clinician. */
public record IntakeRequirement(String code, String description) {
}
