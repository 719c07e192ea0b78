package org.riverwoods.kap.kit.freshness;

import java.util.Collection;
import java.util.Set;

/**
 * Events about a patient that this service consumed but could not apply and gave up on, kept for an
 * administrator's replay (the kit's dead letters). A consumer's position moves past such an event,
 * so a decision must not take "applied up to the end" as "current" while one is outstanding.
 */
public interface HeldBackEvents {

    /** Of {@code topics}, those holding an unreplayed given-up event with this key. */
    Set<String> topicsHeldBack(String patientKey, Collection<String> topics);
}
