package org.riverwoods.kap.infusion.safety;

import java.util.Objects;

/** A discharge criterion not yet met, with what was found and what is needed. */
public record DischargeUnmet(DischargeCriterion criterion, String message) {

    public DischargeUnmet {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(message, "message");
    }
}
