package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;

/** The day a relapse rule fired, and why. */
record RelapseEvent(LocalDate on, String basis) {
}
