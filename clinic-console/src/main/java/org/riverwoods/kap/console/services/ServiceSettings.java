package org.riverwoods.kap.console.services;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Where the services answer, and how long the console waits for one. */
@ConfigMapping(prefix = "kap.console.services")
public interface ServiceSettings {

    String intakeUrl();

    String treatmentUrl();

    String infusionUrl();

    String outcomesUrl();

    Duration timeout();

    default String baseUrl(Service service) {
        return switch (service) {
            case INTAKE -> intakeUrl();
            case TREATMENT -> treatmentUrl();
            case INFUSION -> infusionUrl();
            case OUTCOMES -> outcomesUrl();
        };
    }
}
