package org.riverwoods.kap.infusion.safety;

/** A pre-dose measurement the gate can require (kap.clinical.infusion.gate.required-baseline-vitals). */
public enum BaselineVital {
    BLOOD_PRESSURE("blood pressure (systolic and diastolic)"),
    HEART_RATE("heart rate"),
    SPO2("SpO2"),
    RESPIRATORY_RATE("respiratory rate");

    private final String words;

    BaselineVital(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
