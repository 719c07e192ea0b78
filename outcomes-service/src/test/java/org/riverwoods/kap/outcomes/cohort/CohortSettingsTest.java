package org.riverwoods.kap.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CohortSettingsTest {

    @Test
    void noCellOfFewerThanElevenPatientsByDefault() {
        assertEquals(11, Settings.defaults().minimumCellSize());
    }

    @Test
    void aClinicMayRaiseTheMinimum() {
        assertEquals(20, Settings.clinic(Map.of("kap.analytics.minimum-cell-size", "20")).minimumCellSize());
    }
}
