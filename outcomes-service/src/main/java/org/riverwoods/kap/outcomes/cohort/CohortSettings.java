package org.riverwoods.kap.outcomes.cohort;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Disclosure control of cohort analytics. A clinic may change the default, e.g.
 * {@code KAP_ANALYTICS_MINIMUM_CELL_SIZE=20}.
 */
@ConfigMapping(prefix = "kap.analytics")
public interface CohortSettings {

    /**
     * Fewest patients behind any published number; smaller cells are suppressed, and a cohort row
     * with fewer enrolled patients is suppressed whole, relapse-free survival curve included.
     * Default 11: a common public-health disclosure threshold for counts (no cell of 1 to 10
     * patients, e.g. CMS's cell-size suppression policy); a platform default, clinic-configurable.
     */
    @WithDefault("11")
    @Min(1)
    int minimumCellSize();
}
