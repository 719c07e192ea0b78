package org.riverwoods.kap.treatment.schedule;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Real {@link ClinicSettings} for unit tests, built by SmallRye Config without Quarkus. */
final class Clinics {

    private Clinics() {
    }

    static ClinicSettings defaults() {
        return clinic(Map.of());
    }

    /** The settings of a clinic that overrides some properties, e.g. in its application.properties. */
    static ClinicSettings clinic(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(ClinicSettings.class)
                .withSources(new PropertiesConfigSource(properties, "clinic", 250))
                .build()
                .getConfigMapping(ClinicSettings.class);
    }

    /**
     * Default settings but these clinic days, even none: SmallRye already refuses an empty list, so
     * this is how a test reaches the generator's own check.
     */
    static ClinicSettings withDays(Set<DayOfWeek> days) {
        ClinicSettings defaults = defaults();
        return (ClinicSettings) Proxy.newProxyInstance(ClinicSettings.class.getClassLoader(),
                new Class<?>[] { ClinicSettings.class }, (proxy, method, args) -> {
                    if (method.getName().equals("days")) {
                        return days;
                    }
                    try {
                        return method.invoke(defaults, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
