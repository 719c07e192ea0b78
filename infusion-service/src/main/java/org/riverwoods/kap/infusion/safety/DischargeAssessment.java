package org.riverwoods.kap.infusion.safety;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether the patient may leave, and what still holds them.
 *
 * @param unmet              the criteria not met, in {@link DischargeCriterion} order
 * @param earliestDischargeAt dosing start plus the minimum observation: the earliest the
 *                            observation time allows, whatever the other criteria say
 */
public record DischargeAssessment(List<DischargeUnmet> unmet, Instant earliestDischargeAt) {

    public DischargeAssessment {
        unmet = List.copyOf(unmet);
        Objects.requireNonNull(earliestDischargeAt, "earliestDischargeAt");
    }

    /** True only when every criterion is met. */
    public boolean ready() {
        return unmet.isEmpty();
    }

    /** The criteria not met, in order. */
    public List<DischargeCriterion> unmetCriteria() {
        return unmet.stream().map(DischargeUnmet::criterion).toList();
    }
}
