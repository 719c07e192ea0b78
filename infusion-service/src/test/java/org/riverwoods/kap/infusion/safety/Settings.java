package org.riverwoods.kap.infusion.safety;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

/** Real settings for unit tests, built by SmallRye Config without Quarkus. */
final class Settings {

    private Settings() {
    }

    static SafetyGateSettings gate() {
        return gate(Map.of());
    }

    static SafetyGateSettings gate(Map<String, String> clinic) {
        return clinic(SafetyGateSettings.class, clinic);
    }

    static VitalsAlertSettings alerts() {
        return alerts(Map.of());
    }

    static VitalsAlertSettings alerts(Map<String, String> clinic) {
        return clinic(VitalsAlertSettings.class, clinic);
    }

    static DischargeSettings discharge() {
        return discharge(Map.of());
    }

    static DischargeSettings discharge(Map<String, String> clinic) {
        return clinic(DischargeSettings.class, clinic);
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static <T> T clinic(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(mapping)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(mapping);
    }

    /** As at start-up in Quarkus: the constraints on the settings are checked (throws ConfigValidationException). */
    static <T> T validated(Class<T> mapping, Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(mapping)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build();
        return config.getConfigMapping(mapping);
    }
}
