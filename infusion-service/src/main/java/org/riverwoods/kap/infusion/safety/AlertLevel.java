package org.riverwoods.kap.infusion.safety;

/** What an alert asks of the nurse, least severe first: compare by {@link #compareTo}. */
public enum AlertLevel {
    /** Something is due (a blood pressure reading). */
    REMINDER,
    /** Look at the patient now; the infusion goes on. */
    ALERT,
    /** Pause the infusion until the prescriber decides. */
    PAUSE,
    /** Stop the infusion. */
    STOP
}
