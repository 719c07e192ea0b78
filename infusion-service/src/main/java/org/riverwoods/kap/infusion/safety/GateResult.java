package org.riverwoods.kap.infusion.safety;

import java.util.List;

/** Every failure of one safety-gate evaluation, in {@link GateCheck} order; none means the infusion may start. */
public record GateResult(List<GateFailure> failures) {

    public GateResult {
        failures = List.copyOf(failures);
    }

    /** True only when every check passed. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * True when any failure defers today's infusion (see {@link GateFailure} for the split); false
     * when the gate passed or every failure can be put right on the spot.
     */
    public boolean shouldDefer() {
        return failures.stream().anyMatch(GateFailure::defersInfusion);
    }

    /** The checks that failed, in order. */
    public List<GateCheck> failedChecks() {
        return failures.stream().map(GateFailure::check).toList();
    }
}
