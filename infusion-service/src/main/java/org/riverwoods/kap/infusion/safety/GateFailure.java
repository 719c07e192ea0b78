package org.riverwoods.kap.infusion.safety;

import java.util.Objects;

/**
 * One failed gate check, with a message that tells the nurse what failed and the limit.
 *
 * <p>Whether a failure defers today's infusion depends on the finding, not only on the check: a
 * positive pregnancy test defers, a test not yet done is done on the spot. The split:
 * <ul>
 * <li>defers (the patient's state today rules the infusion out): blood pressure above the limit,
 * not fasted long enough, breath alcohol above the limit, self-reported intoxication, a positive
 * pregnancy test, treatment consent not active (consent is the patient's decision, not something to
 * be signed in the chair), the plan on hold (a prescriber's decision);</li>
 * <li>fixable on the spot (evaluate the gate again): no prescriber on site, weight missing or too
 * old, baseline blood pressure missing or implausible, and any answer or test not yet recorded
 * (fasting not attested, breathalyser or pregnancy test not done, a time recorded in the future).</li>
 * </ul>
 *
 * @param defersInfusion true when the finding defers today's infusion, false when staff can put it
 *                       right now
 */
public record GateFailure(GateCheck check, String message, boolean defersInfusion) {

    public GateFailure {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    static GateFailure defers(GateCheck check, String message) {
        return new GateFailure(check, message, true);
    }

    static GateFailure fixableNow(GateCheck check, String message) {
        return new GateFailure(check, message, false);
    }
}
