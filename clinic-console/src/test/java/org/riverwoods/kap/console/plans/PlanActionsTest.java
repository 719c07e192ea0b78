package org.riverwoods.kap.console.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanActionsTest {

    @Test
    void aPrescriberIsOfferedTheMovesTheServiceAllowsFromEachStatus() {
        assertEquals(List.of("sign", "amend", "discontinue"), List.copyOf(PlanActions.offered("DRAFT", true)));
        assertEquals(List.of("activate", "amend", "discontinue"), List.copyOf(PlanActions.offered("APPROVED", true)));
        assertEquals(List.of("hold", "complete", "amend", "discontinue"), List.copyOf(PlanActions.offered("ACTIVE", true)));
        assertEquals(List.of("resume", "amend", "discontinue"), List.copyOf(PlanActions.offered("ON_HOLD", true)));
        assertTrue(PlanActions.offered("COMPLETED", true).isEmpty());
        assertTrue(PlanActions.offered("DISCONTINUED", true).isEmpty());
    }

    @Test
    void otherRolesAreOfferedNothing() {
        for (String status : PlansResource.STATUSES) {
            assertTrue(PlanActions.offered(status, false).isEmpty(), status);
        }
    }
}
