package org.riverwoods.kap.intake.eligibility;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link EligibilitySettings} for unit tests, built by SmallRye Config without Quarkus. */
final class Settings {

    private Settings() {
    }

    static EligibilitySettings defaults() {
        return clinic(Map.of());
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static EligibilitySettings clinic(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(EligibilitySettings.class)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(EligibilitySettings.class);
    }
}
