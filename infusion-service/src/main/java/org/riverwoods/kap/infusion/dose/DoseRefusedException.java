package org.riverwoods.kap.infusion.dose;

/**
 * The dose cannot be calculated, so the infusion cannot start. The message quotes the values and
 * says who must act; doses, weights and concentrations do not identify a patient.
 */
public class DoseRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, and therefore who must act. */
    public enum Reason {
        /** The plan's order is incomplete or contradicts itself: the prescriber must amend the plan. */
        ORDER_INVALID,
        /** Today's weight is missing or outside the plausible range: re-check the weighing. */
        WEIGHT_IMPLAUSIBLE,
        /** The prepared concentration is missing or outside the plausible range: re-check the preparation. */
        CONCENTRATION_IMPLAUSIBLE,
        /** The total dose is above the clinic's cap: the prescriber must amend the plan. */
        TOTAL_DOSE_ABOVE_CAP,
        /** A dose, volume or rate rounds to zero: too small to measure or pump at this concentration. */
        ROUNDS_TO_ZERO
    }

    private final Reason reason;

    public DoseRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
