package org.riverwoods.kap.outcomes.questionnaire;

/** The instruments patients fill in during treatment, with their item count, answer range and LOINC. */
public enum Questionnaire {
    /** Depression; item 9 asks about thoughts of self-harm. */
    PHQ_9(9, 0, 3, "44261-6"),
    /** Anxiety. */
    GAD_7(7, 0, 3, "70274-6"),
    /** Penn Alcohol Craving Scale: higher means more craving; no bands. */
    PACS(5, 0, 6, null),
    /** Craving right now on a 0-100 scale: one item. */
    CRAVING_VAS(1, 0, 100, null);

    private final int items;
    private final int lowest;
    private final int highest;
    private final String totalLoinc;

    Questionnaire(int items, int lowest, int highest, String totalLoinc) {
        this.items = items;
        this.lowest = lowest;
        this.highest = highest;
        this.totalLoinc = totalLoinc;
    }

    public int items() {
        return items;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public String totalLoinc() {
        return totalLoinc;
    }
}
