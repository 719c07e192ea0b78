package org.riverwoods.kap.outcomes.lab;

/** What a urine test measures, and the substance it shows was used. */
public enum Analyte {
    /** Ethyl glucuronide: alcohol, detectable up to about 5 days. */
    ETHYL_GLUCURONIDE("ALCOHOL"),
    /** Cocaine's metabolite (screening cut-off commonly 150 ng/mL). */
    BENZOYLECGONINE("COCAINE"),
    OPIATES("OPIOIDS"),
    AMPHETAMINES("METHAMPHETAMINE"),
    CANNABINOIDS("CANNABIS"),
    BENZODIAZEPINES("BENZODIAZEPINES");

    private final String substance;

    Analyte(String substance) {
        this.substance = substance;
    }

    public String substance() {
        return substance;
    }
}
