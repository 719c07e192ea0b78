package org.riverwoods.kap.infusion.dose;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link DoseSettings} for unit tests, built by SmallRye Config without Quarkus. */
final class Settings {

    private Settings() {
    }

    static DoseSettings defaults() {
        return clinic(Map.of());
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static DoseSettings clinic(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(DoseSettings.class)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(DoseSettings.class);
    }
}
