package org.riverwoods.kap.intake.eligibility;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverridePolicyTest {

    private static final String REASON = "Aneurysm repaired in 2019, cleared by neurosurgery";

    private final EligibilityRules rules = new EligibilityRules(Settings.defaults());

    private EligibilityAssessment ineligible() {
        Screens screen = Screens.clear();
        screen.aneurysmalVascularDiseaseOrAvm = true;
        return rules.assess(screen.build(), false);
    }

    @Test
    void aJustifiedOverrideToAnotherDecisionIsAccepted() {
        EligibilityAssessment current = ineligible();

        assertDoesNotThrow(() -> rules.validateOverride(current, EligibilityDecision.ELIGIBLE, REASON));
        assertDoesNotThrow(() -> rules.validateOverride(current, EligibilityDecision.NEEDS_REVIEW, REASON));
        EligibilityOverride override = new EligibilityOverride(EligibilityDecision.ELIGIBLE, REASON, "prescriber-1",
                Instant.parse("2026-11-26T15:04:05Z"));
        assertEquals(EligibilityDecision.ELIGIBLE, override.overriddenTo());
    }

    @Test
    void anEligibleDecisionMayBeOverriddenToIneligible() {
        EligibilityAssessment eligible = rules.assess(Screens.clear().build(), false);

        assertDoesNotThrow(() -> rules.validateOverride(eligible, EligibilityDecision.INELIGIBLE,
                "Family history of aneurysm disclosed after the screen"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aBlankJustificationIsRejected(String justification) {
        OverrideNotAllowedException refused = assertThrows(OverrideNotAllowedException.class,
                () -> rules.validateOverride(ineligible(), EligibilityDecision.ELIGIBLE, justification));

        assertEquals("An override needs the prescriber's justification", refused.getMessage());
    }

    @Test
    void aJustificationShorterThanTheMinimumIsRejectedWithoutQuotingIt() {
        String nineteen = "Cleared by neurosrg";
        OverrideNotAllowedException refused = assertThrows(OverrideNotAllowedException.class,
                () -> rules.validateOverride(ineligible(), EligibilityDecision.ELIGIBLE, "  " + nineteen + "   "));

        assertEquals("The justification must be at least 20 characters", refused.getMessage());
        assertFalse(refused.getMessage().contains(nineteen));
        assertDoesNotThrow(() -> rules.validateOverride(ineligible(), EligibilityDecision.ELIGIBLE, nineteen + "y"));
    }

    @Test
    void theMinimumIsTheClinicsSetting() {
        EligibilityRules strict = new EligibilityRules(Settings.clinic(Map.of(
                "kap.clinical.eligibility.minimum-override-justification-length", "60")));

        assertThrows(OverrideNotAllowedException.class,
                () -> strict.validateOverride(ineligible(), EligibilityDecision.ELIGIBLE, REASON));
    }

    @Test
    void anOverrideToTheSameDecisionIsRejected() {
        OverrideNotAllowedException refused = assertThrows(OverrideNotAllowedException.class,
                () -> rules.validateOverride(ineligible(), EligibilityDecision.INELIGIBLE, REASON));

        assertEquals("The decision is already INELIGIBLE; an override must change it", refused.getMessage());
    }

    @Test
    void anOverrideMustNameADecision() {
        assertThrows(OverrideNotAllowedException.class, () -> rules.validateOverride(ineligible(), null, REASON));
    }

    @Test
    void anIncompleteScreenCannotBeOverriddenToEligible() {
        Screens screen = Screens.clear();
        screen.pregnant = null;
        EligibilityAssessment incomplete = rules.assess(screen.build(), false);

        assertThrows(OverrideNotAllowedException.class,
                () -> rules.validateOverride(incomplete, EligibilityDecision.ELIGIBLE, REASON));
        assertDoesNotThrow(() -> rules.validateOverride(incomplete, EligibilityDecision.INELIGIBLE, REASON));
    }

    @Test
    void theStaticPolicyTakesTheMinimumDirectly() {
        assertDoesNotThrow(() -> OverridePolicy.validate(ineligible(), EligibilityDecision.NEEDS_REVIEW, "ok, seen", 5));
        assertThrows(OverrideNotAllowedException.class,
                () -> OverridePolicy.validate(ineligible(), EligibilityDecision.NEEDS_REVIEW, "ok", 5));
    }

    @Test
    void theRefusalIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class,
                () -> OverridePolicy.validate(ineligible(), EligibilityDecision.INELIGIBLE, REASON, 20));
    }
}
