package org.riverwoods.kap.console.chairboard;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which steps of the visit a clinician can take now, from the session's status and its dose double
 * check; the service decides in the end, this only keeps illegal buttons off the tile.
 */
public final class NextSteps {

    public static final String CHECK_IN = "check-in";
    public static final String PRE_ASSESSMENT = "pre-assessment";
    public static final String DOSE = "dose";
    public static final String VERIFY = "verification";
    public static final String START = "start";
    public static final String VITALS = "vitals";
    public static final String ADVERSE_EVENT = "adverse-events";
    public static final String END_INFUSION = "infusion-end";
    public static final String DISCHARGE = "discharge";

    public static final Set<String> ALL = Set.of(CHECK_IN, PRE_ASSESSMENT, DOSE, VERIFY, START, VITALS, ADVERSE_EVENT,
            END_INFUSION, DISCHARGE);

    private NextSteps() {
    }

    /**
     * @param doseCalculatedBy who calculated the current dose (null: none yet)
     * @param doseVerifiedBy   who verified it (null: not yet)
     * @param me               the signed-in clinician's subject: she may not verify her own dose
     * @param atTheChairsSide  nurse or prescriber (an admin follows the board but takes no step)
     */
    public static Set<String> of(String status, String doseCalculatedBy, String doseVerifiedBy, String me,
            boolean atTheChairsSide) {
        Set<String> steps = new LinkedHashSet<>();
        if (!atTheChairsSide || status == null) {
            return steps;
        }
        switch (status) {
            case "SCHEDULED" -> steps.add(CHECK_IN);
            case "CHECKED_IN" -> steps.add(PRE_ASSESSMENT);
            case "PRE_ASSESSMENT_PASSED" -> {
                if (doseCalculatedBy == null) {
                    steps.add(DOSE);
                } else if (doseVerifiedBy == null) {
                    if (!doseCalculatedBy.equals(me)) {
                        steps.add(VERIFY);
                    }
                    steps.add(DOSE); // a new calculation replaces the unverified one
                } else {
                    steps.add(START);
                }
            }
            case "INFUSING" -> {
                steps.add(VITALS);
                steps.add(ADVERSE_EVENT);
                steps.add(END_INFUSION);
            }
            case "RECOVERY" -> {
                steps.add(VITALS);
                steps.add(ADVERSE_EVENT);
                steps.add(DISCHARGE);
            }
            default -> {
                // discharged, deferred, aborted, cancelled: nothing more to do at the chair
            }
        }
        return steps;
    }
}
