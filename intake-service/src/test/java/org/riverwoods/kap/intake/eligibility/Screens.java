package org.riverwoods.kap.intake.eligibility;

import java.math.BigDecimal;

/** Contraindication screens for tests: start from a complete clear screen and change one item. */
final class Screens {

    Boolean aneurysmalVascularDiseaseOrAvm = false;
    Boolean intracerebralHaemorrhageHistory = false;
    Boolean ketamineHypersensitivity = false;
    Boolean activePsychosisOrMania = false;
    Boolean psychosisOrManiaHistory = false;
    Boolean pregnant = false;
    Boolean breastfeeding = false;
    Boolean uncontrolledHypertension = false;
    Boolean acuteIntoxicationOrWithdrawal = false;
    Integer systolicMmHg = 120;
    Integer diastolicMmHg = 80;
    BigDecimal benzodiazepineMgPerDay = BigDecimal.ZERO;

    static Screens clear() {
        return new Screens();
    }

    Screens bloodPressure(Integer systolic, Integer diastolic) {
        systolicMmHg = systolic;
        diastolicMmHg = diastolic;
        return this;
    }

    Screens benzodiazepines(String mgPerDay) {
        benzodiazepineMgPerDay = mgPerDay == null ? null : new BigDecimal(mgPerDay);
        return this;
    }

    ContraindicationScreen build() {
        return new ContraindicationScreen(aneurysmalVascularDiseaseOrAvm, intracerebralHaemorrhageHistory,
                ketamineHypersensitivity, activePsychosisOrMania, psychosisOrManiaHistory, pregnant, breastfeeding,
                uncontrolledHypertension, acuteIntoxicationOrWithdrawal, systolicMmHg, diastolicMmHg,
                benzodiazepineMgPerDay);
    }
}
