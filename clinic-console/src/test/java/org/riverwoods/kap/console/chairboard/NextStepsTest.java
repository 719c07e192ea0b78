package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NextStepsTest {

    private static List<String> steps(String status, String calculatedBy, String verifiedBy, String me) {
        return List.copyOf(NextSteps.of(status, calculatedBy, verifiedBy, me, true));
    }

    @Test
    void eachStatusOffersItsNextStep() {
        assertEquals(List.of("check-in"), steps("SCHEDULED", null, null, "dev-nurse"));
        assertEquals(List.of("pre-assessment"), steps("CHECKED_IN", null, null, "dev-nurse"));
        assertEquals(List.of("dose"), steps("PRE_ASSESSMENT_PASSED", null, null, "dev-nurse"));
        assertEquals(List.of("vitals", "adverse-events", "infusion-end"), steps("INFUSING", "a", "b", "dev-nurse"));
        assertEquals(List.of("vitals", "adverse-events", "discharge"), steps("RECOVERY", "a", "b", "dev-nurse"));
        for (String done : List.of("DISCHARGED", "DEFERRED", "ABORTED", "CANCELLED")) {
            assertEquals(List.of(), steps(done, "a", "b", "dev-nurse"), done);
        }
    }

    @Test
    void theClinicianWhoDosedIsNotOfferedTheDoubleCheck() {
        assertEquals(List.of("dose"), steps("PRE_ASSESSMENT_PASSED", "dev-nurse", null, "dev-nurse"));
        assertEquals(List.of("verification", "dose"), steps("PRE_ASSESSMENT_PASSED", "dev-nurse", null, "dev-prescriber"));
    }

    @Test
    void aVerifiedDoseIsStarted() {
        assertEquals(List.of("start"), steps("PRE_ASSESSMENT_PASSED", "dev-nurse", "dev-prescriber", "dev-nurse"));
    }

    @Test
    void anAdministratorFollowsTheBoardButTakesNoStep() {
        assertEquals(Set.of(), NextSteps.of("SCHEDULED", null, null, "dev-admin", false));
    }
}
