package org.riverwoods.kap.intake.progress;

/** Something an intake still lacks, as shown to the clinician. */
public record IntakeRequirement(String code, String description) {
}
