package org.riverwoods.kap.intake.progress;

import java.util.List;

import org.riverwoods.kap.intake.screening.Instrument;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an intake needs before it counts as assessed. Clinic-configurable. */
@ConfigMapping(prefix = "kap.clinical.intake")
public interface IntakeSettings {

    /**
     * Instruments that must be scored during intake. Platform default: AUDIT (alcohol use, and
     * AUDIT-C from it), DAST-10 (drug use), PHQ-9 (depression, suicide item) and GAD-7 (anxiety);
     * PACS is optional at intake and collected during treatment.
     */
    @WithDefault("AUDIT,DAST_10,PHQ_9,GAD_7")
    List<Instrument> requiredInstruments();
}
