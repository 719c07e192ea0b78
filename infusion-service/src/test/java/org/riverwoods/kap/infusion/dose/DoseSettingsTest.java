package org.riverwoods.kap.infusion.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

class DoseSettingsTest {

    @Test
    void defaultsAreTheDocumentedPlatformDefaults() {
        DoseSettings settings = Settings.defaults();

        assertEquals(new BigDecimal("200"), settings.maximumTotalDoseMg());
        assertEquals(new BigDecimal("30"), settings.minimumWeightKg());
        assertEquals(new BigDecimal("300"), settings.maximumWeightKg());
        assertEquals(new BigDecimal("0.1"), settings.minimumConcentrationMgPerMl());
        assertEquals(new BigDecimal("100"), settings.maximumConcentrationMgPerMl());
    }

    @Test
    void aClinicOverridesEachSettingByItsKebabCaseName() {
        DoseSettings settings = Settings.clinic(Map.of(
                "kap.clinical.infusion.dose.maximum-total-dose-mg", "150",
                "kap.clinical.infusion.dose.minimum-weight-kg", "40",
                "kap.clinical.infusion.dose.maximum-weight-kg", "250",
                "kap.clinical.infusion.dose.minimum-concentration-mg-per-ml", "0.5",
                "kap.clinical.infusion.dose.maximum-concentration-mg-per-ml", "50"));

        assertEquals(new BigDecimal("150"), settings.maximumTotalDoseMg());
        assertEquals(new BigDecimal("40"), settings.minimumWeightKg());
        assertEquals(new BigDecimal("250"), settings.maximumWeightKg());
        assertEquals(new BigDecimal("0.5"), settings.minimumConcentrationMgPerMl());
        assertEquals(new BigDecimal("50"), settings.maximumConcentrationMgPerMl());
    }

    @Test
    void thePropertyNamesQuotedInRefusalsAreTheMappedNames() {
        assertEquals("kap.clinical.infusion.dose.maximum-total-dose-mg", DoseSettings.MAXIMUM_TOTAL_DOSE_MG);
        assertEquals("kap.clinical.infusion.dose.minimum-weight-kg", DoseSettings.MINIMUM_WEIGHT_KG);
        assertEquals("kap.clinical.infusion.dose.maximum-weight-kg", DoseSettings.MAXIMUM_WEIGHT_KG);
        assertEquals("kap.clinical.infusion.dose.minimum-concentration-mg-per-ml",
                DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML);
        assertEquals("kap.clinical.infusion.dose.maximum-concentration-mg-per-ml",
                DoseSettings.MAXIMUM_CONCENTRATION_MG_PER_ML);
        // Each name really maps: a value given under it changes the setting.
        DoseSettings settings = Settings.clinic(Map.of(
                DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "1", DoseSettings.MINIMUM_WEIGHT_KG, "2",
                DoseSettings.MAXIMUM_WEIGHT_KG, "3", DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML, "4",
                DoseSettings.MAXIMUM_CONCENTRATION_MG_PER_ML, "5"));
        assertEquals(new BigDecimal("1"), settings.maximumTotalDoseMg());
        assertEquals(new BigDecimal("2"), settings.minimumWeightKg());
        assertEquals(new BigDecimal("3"), settings.maximumWeightKg());
        assertEquals(new BigDecimal("4"), settings.minimumConcentrationMgPerMl());
        assertEquals(new BigDecimal("5"), settings.maximumConcentrationMgPerMl());
    }

    @ParameterizedTest
    @ValueSource(strings = { "maximum-total-dose-mg", "minimum-weight-kg", "maximum-weight-kg",
            "minimum-concentration-mg-per-ml", "maximum-concentration-mg-per-ml" })
    void aLimitOfZeroIsRejectedAtStartUp(String property) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withMapping(DoseSettings.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(Map.of(DoseSettings.PREFIX + property, "0"), "clinic", 250));

        assertThrows(ConfigValidationException.class, builder::build);
    }

    @Test
    void theCalculatorRefusesToStartWithANonPositiveCap() {
        // Without the bean validator (as here) the calculator itself still refuses.
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new DoseCalculator(
                Settings.clinic(Map.of(DoseSettings.MAXIMUM_TOTAL_DOSE_MG, "0"))));

        assertEquals("kap.clinical.infusion.dose.maximum-total-dose-mg must be positive", refused.getMessage());
    }

    @ParameterizedTest(name = "{0}-{1} kg")
    @CsvSource({ "100, 100", "301, 300" })
    void theCalculatorRefusesToStartWhenTheWeightLimitsDoNotRise(String minimumWeightKg, String maximumWeightKg) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new DoseCalculator(
                Settings.clinic(Map.of(DoseSettings.MINIMUM_WEIGHT_KG, minimumWeightKg,
                        DoseSettings.MAXIMUM_WEIGHT_KG, maximumWeightKg))));

        assertEquals("kap.clinical.infusion.dose.minimum-weight-kg must be below "
                + "kap.clinical.infusion.dose.maximum-weight-kg", refused.getMessage());
    }

    @Test
    void theCalculatorRefusesToStartWhenTheConcentrationLimitsDoNotRise() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new DoseCalculator(
                Settings.clinic(Map.of(DoseSettings.MINIMUM_CONCENTRATION_MG_PER_ML, "50",
                        DoseSettings.MAXIMUM_CONCENTRATION_MG_PER_ML, "10"))));

        assertEquals("kap.clinical.infusion.dose.minimum-concentration-mg-per-ml must be below "
                + "kap.clinical.infusion.dose.maximum-concentration-mg-per-ml", refused.getMessage());
    }
}
