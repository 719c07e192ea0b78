package org.riverwoods.kap.treatment.plan;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the clinic turns a completed intake into a draft plan. */
@ConfigMapping(prefix = "kap.treatment")
public interface PlanSettings {

    /**
     * Protocol template code for each primary substance (application.properties lists the defaults:
     * alcohol KARE, cocaine DAKWAR_2019, opioids KRUPITSKY_2007). A substance without a template
     * sends the intake to the review queue.
     */
    Map<String, String> templateBySubstance();

    /** The program's own (non-trial) components of every plan. */
    Components components();

    interface Components {
        /** IV amino-acid therapy sessions in the biological component; clinic default 6. */
        @WithDefault("6")
        int aminoAcidSessions();

        /** Group therapy sessions a week in the social component; clinic default 1. */
        @WithDefault("1")
        int groupSessionsPerWeek();

        /** Family therapy sessions in the social component; clinic default 2. */
        @WithDefault("2")
        int familySessions();

        /** Weeks of aftercare and transitional support after the last protocol session; clinic default 12. */
        @WithDefault("12")
        int aftercareWeeks();
    }
}
