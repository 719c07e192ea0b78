package org.riverwoods.kap.console.services;

/** The four services the console calls; each owns its data and its rules. */
public enum Service {
    INTAKE("intake-service"),
    TREATMENT("treatment-service"),
    INFUSION("infusion-service"),
    OUTCOMES("outcomes-service");

    private final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
