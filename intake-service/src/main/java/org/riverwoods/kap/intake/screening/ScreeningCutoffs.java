package org.riverwoods.kap.intake.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every screening cut-off, defaulting to its published value. A clinic may move one (say, to
 * follow a local protocol) with a property such as
 * {@code kap.clinical.screening.phq9.moderately-severe-from=16}, or the environment variable
 * {@code KAP_CLINICAL_SCREENING_PHQ9_MODERATELY_SEVERE_FROM}. Each "from" value is the lowest total
 * that falls in the band. {@link ScreeningScorer} refuses a set of cut-offs that does not rise
 * within the instrument's range.
 *
 * <p>The Penn Alcohol Craving Scale (Flannery, Volpicelli and Pettinati, Alcohol Clin Exp Res 1999)
 * has no published bands, so it has no cut-offs here: a higher total means more craving.
 */
@ConfigMapping(prefix = "kap.clinical.screening")
public interface ScreeningCutoffs {

    Audit audit();

    AuditC auditC();

    Dast10 dast10();

    Phq9 phq9();

    Gad7 gad7();

    /**
     * AUDIT risk zones and dependence items: Babor, Higgins-Biddle, Saunders and Monteiro, The
     * Alcohol Use Disorders Identification Test, 2nd ed., WHO 2001. Zone I is 0 up to Zone II.
     */
    interface Audit {

        /** Lowest total in Zone II (hazardous drinking, simple advice); published 8. */
        @WithDefault("8")
        int zoneIiFrom();

        /** Lowest total in Zone III (harmful drinking, brief counselling); published 16. */
        @WithDefault("16")
        int zoneIiiFrom();

        /** Lowest total in Zone IV (possible dependence, referral for diagnosis); published 20. */
        @WithDefault("20")
        int zoneIvFrom();

        /** Lowest sum of items 4-6 (the dependence items) that flags possible dependence; 4. */
        @WithName("dependence-items-4-to-6-from")
        @WithDefault("4")
        int dependenceItems4To6From();
    }

    /**
     * AUDIT-C positive screen, sex-specific: Bush et al., Arch Intern Med 1998 (men, 4) and
     * Bradley et al., Alcohol Clin Exp Res 2007 (women, 3).
     */
    interface AuditC {

        /** Lowest AUDIT-C total that screens positive for a man; published 4. */
        @WithDefault("4")
        int positiveFromMale();

        /** Lowest AUDIT-C total that screens positive for a woman; published 3. */
        @WithDefault("3")
        int positiveFromFemale();
    }

    /** DAST-10 degree of drug-related problems: Skinner, Addictive Behaviors 1982. None is 0. */
    interface Dast10 {

        /** Lowest total for a low level; published 1. */
        @WithDefault("1")
        int lowFrom();

        /** Lowest total for a moderate level; published 3. */
        @WithDefault("3")
        int moderateFrom();

        /** Lowest total for a substantial level; published 6. */
        @WithDefault("6")
        int substantialFrom();

        /** Lowest total for a severe level; published 9. */
        @WithDefault("9")
        int severeFrom();
    }

    /** PHQ-9 depression severity: Kroenke, Spitzer and Williams, J Gen Intern Med 2001. */
    interface Phq9 {

        /** Lowest total for mild depression (0 up to here is none/minimal); published 5. */
        @WithDefault("5")
        int mildFrom();

        /** Lowest total for moderate depression; published 10. */
        @WithDefault("10")
        int moderateFrom();

        /** Lowest total for moderately severe depression; published 15. */
        @WithDefault("15")
        int moderatelySevereFrom();

        /** Lowest total for severe depression; published 20. */
        @WithDefault("20")
        int severeFrom();

        /**
         * Lowest answer to item 9 (thoughts of being better off dead or of self-harm) that needs a
         * same-day suicide risk assessment, whatever the total; published 1 ("several days").
         */
        @WithDefault("1")
        int suicideItemAlertFrom();
    }

    /** GAD-7 anxiety severity: Spitzer, Kroenke, Williams and Löwe, Arch Intern Med 2006. */
    interface Gad7 {

        /** Lowest total for mild anxiety (0 up to here is minimal); published 5. */
        @WithDefault("5")
        int mildFrom();

        /** Lowest total for moderate anxiety; published 10. */
        @WithDefault("10")
        int moderateFrom();

        /** Lowest total for severe anxiety; published 15. */
        @WithDefault("15")
        int severeFrom();
    }
}
