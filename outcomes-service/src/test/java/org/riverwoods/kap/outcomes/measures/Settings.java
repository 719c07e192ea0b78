package org.riverwoods.kap.outcomes.measures;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link OutcomeSettings} for unit tests, built by SmallRye Config without Quarkus. */
final class Settings {

    private Settings() {
    }

    static OutcomeSettings defaults() {
        return clinic(Map.of());
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static OutcomeSettings clinic(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(OutcomeSettings.class)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(OutcomeSettings.class);
    }
}
