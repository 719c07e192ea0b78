package org.riverwoods.kap.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings in which the local platform departs from a clinic's defaults, so that a developer (or
 * {@code ./platform demo}) can take a patient through a whole course of infusions in seconds.
 * A variable set in the developer's own environment wins; the ready banner lists what is in force.
 */
final class SandboxSettings {

    /** Variable, value, and the clinic default it replaces. */
    record Setting(String variable, String value, String clinicDefault, String why) {
    }

    static final Setting DISCHARGE_OBSERVATION = new Setting(
            "KAP_CLINICAL_INFUSION_DISCHARGE_MINIMUM_OBSERVATION_MINUTES", "0", "120",
            "discharge without the two-hour wait (vitals, alertness and the driver are still checked)");

    static final Setting CHECK_IN_ANY_DAY = new Setting(
            "KAP_INFUSION_CHECK_IN_SCHEDULED_DAY_ONLY", "false", "true",
            "check in today for an infusion booked in a later week, so a whole course fits in one sitting");

    private SandboxSettings() {
    }

    /** The sandbox settings not overridden by the developer's environment. */
    static Map<String, Setting> inForce() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (Setting setting : new Setting[] {DISCHARGE_OBSERVATION, CHECK_IN_ANY_DAY}) {
            if (System.getenv(setting.variable()) == null) {
                settings.put(setting.variable(), setting);
            }
        }
        return settings;
    }

    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        inForce().forEach((variable, setting) -> env.put(variable, setting.value()));
        return env;
    }
}
