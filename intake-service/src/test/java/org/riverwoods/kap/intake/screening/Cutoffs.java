package org.riverwoods.kap.intake.screening;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link ScreeningCutoffs} without Quarkus: SmallRye Config builds the mapping from its defaults. */
final class Cutoffs {

    private Cutoffs() {
    }

    static ScreeningCutoffs published() {
        return withClinicSettings(Map.of());
    }

    /** The mapping as a clinic's properties (full names, e.g. kap.clinical.screening.phq9.mild-from) set it. */
    static ScreeningCutoffs withClinicSettings(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withMapping(ScreeningCutoffs.class)
                .withSources(new PropertiesConfigSource(settings, "clinic settings", 275))
                .build()
                .getConfigMapping(ScreeningCutoffs.class);
    }

    static ScreeningScorer publishedScorer() {
        return new ScreeningScorer(published());
    }
}
