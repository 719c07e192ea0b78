package org.riverwoods.kap.intake.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

class EligibilitySettingsTest {

    @Test
    void defaultsAreThePublishedAndPlatformDefaults() {
        EligibilitySettings settings = Settings.defaults();

        assertEquals(0, new BigDecimal("3").compareTo(settings.benzodiazepineLimitLorazepamMgPerDay()));
        assertEquals(140, settings.reviewSystolicAboveMmHg());
        assertEquals(90, settings.reviewDiastolicAboveMmHg());
        assertEquals(180, settings.uncontrolledSystolicFromMmHg());
        assertEquals(110, settings.uncontrolledDiastolicFromMmHg());
        assertEquals(20, settings.minimumOverrideJustificationLength());
    }

    @Test
    void aClinicOverridesEachSettingByItsKebabCaseName() {
        EligibilitySettings settings = Settings.clinic(Map.of(
                "kap.clinical.eligibility.benzodiazepine-limit-lorazepam-mg-per-day", "2.5",
                "kap.clinical.eligibility.review-systolic-above-mm-hg", "135",
                "kap.clinical.eligibility.review-diastolic-above-mm-hg", "85",
                "kap.clinical.eligibility.uncontrolled-systolic-from-mm-hg", "170",
                "kap.clinical.eligibility.uncontrolled-diastolic-from-mm-hg", "105",
                "kap.clinical.eligibility.minimum-override-justification-length", "40"));

        assertEquals(new BigDecimal("2.5"), settings.benzodiazepineLimitLorazepamMgPerDay());
        assertEquals(135, settings.reviewSystolicAboveMmHg());
        assertEquals(85, settings.reviewDiastolicAboveMmHg());
        assertEquals(170, settings.uncontrolledSystolicFromMmHg());
        assertEquals(105, settings.uncontrolledDiastolicFromMmHg());
        assertEquals(40, settings.minimumOverrideJustificationLength());
    }

    @Test
    void aDefaultValueGivenToTheBuilderAlsoOverrides() {
        EligibilitySettings settings = new SmallRyeConfigBuilder()
                .withMapping(EligibilitySettings.class)
                .withDefaultValue("kap.clinical.eligibility.review-systolic-above-mm-hg", "130")
                .build()
                .getConfigMapping(EligibilitySettings.class);

        assertEquals(130, settings.reviewSystolicAboveMmHg());
        assertEquals(EligibilityDecision.NEEDS_REVIEW, new EligibilityRules(settings)
                .assess(Screens.clear().bloodPressure(135, 80).build(), false).decision());
    }

    @Test
    void aNegativeBenzodiazepineLimitIsRejectedAtStartUp() {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withMapping(EligibilitySettings.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(Map.of(
                        "kap.clinical.eligibility.benzodiazepine-limit-lorazepam-mg-per-day", "-1"), "clinic", 250));

        assertThrows(ConfigValidationException.class, builder::build);
    }
}
