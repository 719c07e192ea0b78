package org.riverwoods.kap.infusion.risk;

import java.util.UUID;

/** Fired in the consumer's transaction: the chair board shows the patient's flag at once. */
public record SuicideRiskChanged(UUID patientId) {
}
