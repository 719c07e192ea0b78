package org.riverwoods.kap.outcomes.cohort;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link CohortSettings} for unit tests, built by SmallRye Config without Quarkus. */
final class Settings {

    private Settings() {
    }

    static CohortSettings defaults() {
        return clinic(Map.of());
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static CohortSettings clinic(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(CohortSettings.class)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(CohortSettings.class);
    }
}
