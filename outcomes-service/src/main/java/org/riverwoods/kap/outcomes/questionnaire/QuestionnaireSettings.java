package org.riverwoods.kap.outcomes.questionnaire;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Band cut-offs of the questionnaires, the same published defaults as intake's screening
 * (kap.clinical.screening.*): a clinic that moves one there should move it here too.
 */
@ConfigMapping(prefix = "kap.clinical.outcomes.questionnaires")
public interface QuestionnaireSettings {

    /** PHQ-9, Kroenke et al. 2001: mild 5, moderate 10, moderately severe 15, severe 20. */
    Phq9 phq9();

    /** GAD-7, Spitzer et al. 2006: mild 5, moderate 10, severe 15. */
    Gad7 gad7();

    interface Phq9 {
        @WithDefault("5")
        int mildFrom();

        @WithDefault("10")
        int moderateFrom();

        @WithDefault("15")
        int moderatelySevereFrom();

        @WithDefault("20")
        int severeFrom();

        /** Item 9 answer that needs same-day follow-up, whatever the total; published 1. */
        @WithDefault("1")
        int suicideItemAlertFrom();
    }

    interface Gad7 {
        @WithDefault("5")
        int mildFrom();

        @WithDefault("10")
        int moderateFrom();

        @WithDefault("15")
        int severeFrom();
    }
}
