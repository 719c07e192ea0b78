package org.riverwoods.kap.testing.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings in which the local platform and the journey tests depart from a clinic's defaults, so
 * that a patient goes through a whole course of infusions in seconds. Both use this one list. On
 * the local platform a variable set in the developer's own environment wins, and the ready banner
 * lists what is in force.
 */
public final class SandboxSettings {

    public static final List<Setting> ALL;

    /** Variable, value, and the clinic default it replaces. */
    public record Setting(String variable, String value, String clinicDefault, String why) {
    }

    public static final Setting DISCHARGE_OBSERVATION = new Setting(
            "KAP_CLINICAL_INFUSION_DISCHARGE_MINIMUM_OBSERVATION_MINUTES", "0", "120",
            "discharge without the two-hour wait (vitals, alertness and the driver are still checked)");

    public static final Setting CHECK_IN_ANY_DAY = new Setting(
            "KAP_INFUSION_CHECK_IN_SCHEDULED_DAY_ONLY", "false", "true",
            "check in today for an infusion booked in a later week, so a whole course fits in one sitting");

    static {
        ALL = List.of(DISCHARGE_OBSERVATION, CHECK_IN_ANY_DAY);
    }

    private SandboxSettings() {
    }

    /** Every sandbox setting as environment variables, for services started by a test. */
    public static Map<String, String> all() {
        Map<String, String> env = new LinkedHashMap<>();
        ALL.forEach(setting -> env.put(setting.variable(), setting.value()));
        return env;
    }

    /** The sandbox settings not overridden by the developer's environment. */
    public static Map<String, Setting> inForce() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (Setting setting : ALL) {
            if (System.getenv(setting.variable()) == null) {
                settings.put(setting.variable(), setting);
            }
        }
        return settings;
    }

    /** {@link #inForce()} as environment variables. */
    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        inForce().forEach((variable, setting) -> env.put(variable, setting.value()));
        return env;
    }
}
