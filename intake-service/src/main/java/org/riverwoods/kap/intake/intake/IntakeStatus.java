package org.riverwoods.kap.intake.intake;

/** started -> screening -> assessed -> completed; only forward, and completed is final. */
public enum IntakeStatus {
    /** Opened, nothing recorded yet. */
    STARTED,
    /** Some of the assessment is in. */
    SCREENING,
    /** Required instruments, substance history and contraindication screen are all in. */
    ASSESSED,
    /** Closed with treatment consent on file; IntakeCompleted was published. */
    COMPLETED
}
