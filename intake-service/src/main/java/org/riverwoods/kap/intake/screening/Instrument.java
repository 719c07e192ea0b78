package org.riverwoods.kap.intake.screening;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The screening instruments the clinic scores, with the answers each item accepts and the LOINC
 * codes a score is reported under. Items are numbered from 1, as on the printed forms.
 */
public enum Instrument {

    /** Alcohol Use Disorders Identification Test: items 1-8 score 0-4, items 9 and 10 only 0, 2 or 4. */
    AUDIT("AUDIT", "Alcohol Use Disorders Identification Test", 10, "75624-7", "72110-0"),
    /**
     * AUDIT-Consumption: AUDIT items 1-3. Submitted on its own as a quick screen, and also derived
     * from the first three items of every full AUDIT.
     */
    AUDIT_C("AUDIT-C", "AUDIT-Consumption", 3, "75626-2", "72109-2"),
    /** Drug Abuse Screening Test, 10 yes/no items (1 = yes, 0 = no); item 3 is reverse-scored. */
    DAST_10("DAST-10", "Drug Abuse Screening Test", 10, "82667-7", "82666-9"),
    /** Patient Health Questionnaire (depression); item 9 asks about thoughts of self-harm. */
    PHQ_9("PHQ-9", "Patient Health Questionnaire", 9, "44261-6", "44249-1"),
    /** Generalized Anxiety Disorder scale. */
    GAD_7("GAD-7", "Generalized Anxiety Disorder scale", 7, "70274-6", "69737-5"),
    /** Penn Alcohol Craving Scale, 5 items 0-6; it has no LOINC codes. */
    PACS("PACS", "Penn Alcohol Craving Scale", 5, null, null);

    /** The DAST-10 item asked the other way round ("always able to stop"): "no" is the risk answer. */
    static final int DAST_REVERSED_ITEM = 3;

    private static final List<Integer> ZERO_TO_THREE = List.of(0, 1, 2, 3);
    private static final List<Integer> ZERO_TO_FOUR = List.of(0, 1, 2, 3, 4);
    private static final List<Integer> NO_YES = List.of(0, 1);
    private static final List<Integer> AUDIT_LAST_TWO = List.of(0, 2, 4);
    private static final List<Integer> ZERO_TO_SIX = List.of(0, 1, 2, 3, 4, 5, 6);

    private final String displayName;
    private final String title;
    private final int itemCount;
    private final String totalScoreLoinc;
    private final String panelLoinc;

    Instrument(String displayName, String title, int itemCount, String totalScoreLoinc, String panelLoinc) {
        this.displayName = displayName;
        this.title = title;
        this.itemCount = itemCount;
        this.totalScoreLoinc = totalScoreLoinc;
        this.panelLoinc = panelLoinc;
    }

    /** The short name clinicians use, e.g. "PHQ-9". */
    public String displayName() {
        return displayName;
    }

    /** The instrument's full name, e.g. "Patient Health Questionnaire". */
    public String title() {
        return title;
    }

    public int itemCount() {
        return itemCount;
    }

    /** LOINC code of the total score; null for PACS, which has none. */
    public String totalScoreLoinc() {
        return totalScoreLoinc;
    }

    /** LOINC code of the whole panel (the questionnaire); null for PACS, which has none. */
    public String panelLoinc() {
        return panelLoinc;
    }

    /** The answers item {@code itemNumber} (1-based) accepts, in ascending order. */
    public List<Integer> allowedValues(int itemNumber) {
        if (itemNumber < 1 || itemNumber > itemCount) {
            throw new IllegalArgumentException(displayName + " has items 1-" + itemCount);
        }
        return switch (this) {
            case AUDIT -> itemNumber <= 8 ? ZERO_TO_FOUR : AUDIT_LAST_TWO;
            case AUDIT_C -> ZERO_TO_FOUR;
            case DAST_10 -> NO_YES;
            case PHQ_9, GAD_7 -> ZERO_TO_THREE;
            case PACS -> ZERO_TO_SIX;
        };
    }

    /** What an allowed answer adds to the total: the answer itself, except DAST-10 item 3. */
    int itemScore(int itemNumber, int answer) {
        if (this == DAST_10 && itemNumber == DAST_REVERSED_ITEM) {
            return 1 - answer;
        }
        return answer;
    }

    /** The highest total the instrument can reach (AUDIT 40, DAST-10 10, PHQ-9 27, ...). */
    public int maxTotal() {
        return IntStream.rangeClosed(1, itemCount)
                .map(item -> allowedValues(item).stream().mapToInt(answer -> itemScore(item, answer)).max().orElseThrow())
                .sum();
    }
}
