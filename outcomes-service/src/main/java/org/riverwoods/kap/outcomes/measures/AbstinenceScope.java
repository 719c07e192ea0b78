package org.riverwoods.kap.outcomes.measures;

/** Which substances a day must be free of to count as abstinent. */
public enum AbstinenceScope {
    /** Free of the plan's primary substance: the trial outcome, and the default. */
    PRIMARY_SUBSTANCE,
    /** Free of every substance in the diary (a secondary substance breaks abstinence too). */
    ANY_SUBSTANCE;

    boolean usedOn(DiaryDay day, String primarySubstance) {
        return this == PRIMARY_SUBSTANCE ? day.used(primarySubstance) : day.usedAnySubstance();
    }
}
