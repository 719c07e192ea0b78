package org.riverwoods.kap.intake.eligibility;

/**
 * A prescriber's override of an eligibility decision that may not be recorded. The message says
 * which rule it breaks and never quotes the justification (it may hold clinical details).
 */
public class OverrideNotAllowedException extends IllegalArgumentException {

    public OverrideNotAllowedException(String message) {
        super(message);
    }
}
