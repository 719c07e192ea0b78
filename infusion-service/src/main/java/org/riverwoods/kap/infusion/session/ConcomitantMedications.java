package org.riverwoods.kap.infusion.session;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asked at every visit, as the esketamine REMS monitoring form does. */
@Schema(name = "ConcomitantMedications")
public record ConcomitantMedications(@NotNull Boolean sedatives, @NotNull Boolean stimulants, @NotNull Boolean maois) {
}
