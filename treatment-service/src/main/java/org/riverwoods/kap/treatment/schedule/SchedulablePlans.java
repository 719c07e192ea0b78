package org.riverwoods.kap.treatment.schedule;

import java.util.Optional;
import java.util.UUID;

/** Where the schedule looks up a plan by id; the plan package answers, so the schedule never depends on it. */
public interface SchedulablePlans {

    Optional<PlanToSchedule> find(UUID planId);
}
