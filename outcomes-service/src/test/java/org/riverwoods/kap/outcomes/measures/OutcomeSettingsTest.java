package org.riverwoods.kap.outcomes.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.riverwoods.kap.outcomes.measures.Diaries.ALCOHOL;
import static org.riverwoods.kap.outcomes.measures.Diaries.day;
import static org.riverwoods.kap.outcomes.measures.Diaries.drinks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

class OutcomeSettingsTest {

    private static final LocalDate PLAN_START = day("2026-12-01");

    @Test
    void defaultsAreThePublishedAndPlatformDefaults() {
        OutcomeSettings settings = Settings.defaults();

        assertEquals(5, settings.heavyDrinkingDrinksMale());
        assertEquals(4, settings.heavyDrinkingDrinksFemale());
        assertEquals(30, settings.baselineWindowDays());
        assertEquals(28, settings.followUpWindowDays());
        assertEquals(5, settings.relapseConfirmationDays());
        assertEquals(50, settings.phq9ResponseDropPercent());
        assertEquals(5, settings.phq9RemissionBelow());
    }

    @Test
    void aClinicOverridesEachSettingByItsKebabCaseName() {
        OutcomeSettings settings = Settings.clinic(Map.of(
                "kap.clinical.outcomes.heavy-drinking-drinks-male", "6",
                "kap.clinical.outcomes.heavy-drinking-drinks-female", "5",
                "kap.clinical.outcomes.baseline-window-days", "90",
                "kap.clinical.outcomes.follow-up-window-days", "30",
                "kap.clinical.outcomes.relapse-confirmation-days", "3",
                "kap.clinical.outcomes.phq9-response-drop-percent", "40",
                "kap.clinical.outcomes.phq9-remission-below", "8"));

        assertEquals(6, settings.heavyDrinkingDrinksMale());
        assertEquals(5, settings.heavyDrinkingDrinksFemale());
        assertEquals(90, settings.baselineWindowDays());
        assertEquals(30, settings.followUpWindowDays());
        assertEquals(3, settings.relapseConfirmationDays());
        assertEquals(40, settings.phq9ResponseDropPercent());
        assertEquals(8, settings.phq9RemissionBelow());
    }

    @Test
    void aClinicThatRaisesTheWomensCutOffNoLongerCountsFourDrinksAsHeavy() {
        // 4 drinks is heavy for a woman by default (4+); with the cut-off at 5 it is not.
        List<DiaryDay> diary = List.of(drinks("2026-12-01", "4"));
        AbstinenceMeasures published = new AbstinenceMeasures(Settings.defaults());
        AbstinenceMeasures clinic = new AbstinenceMeasures(
                Settings.clinic(Map.of("kap.clinical.outcomes.heavy-drinking-drinks-female", "5")));

        assertEquals(1, published.window(diary, ALCOHOL, Sex.FEMALE, PLAN_START, PLAN_START).heavyDrinkingDays());
        assertEquals(0, clinic.window(diary, ALCOHOL, Sex.FEMALE, PLAN_START, PLAN_START).heavyDrinkingDays());
    }

    @ParameterizedTest(name = "{0}: heavy from 3 drinks {1}")
    @CsvSource({ "MALE, 1", "FEMALE, 0", "INTERSEX, 1", "UNKNOWN, 1" })
    void intersexAndUnknownTakeTheLowerCutOffWhicheverSexItBelongsTo(Sex sex, int heavyDays) {
        // A clinic sets men at 3 and women at 4: the lower, 3, is now the men's.
        AbstinenceMeasures clinic = new AbstinenceMeasures(Settings.clinic(Map.of(
                "kap.clinical.outcomes.heavy-drinking-drinks-male", "3",
                "kap.clinical.outcomes.heavy-drinking-drinks-female", "4")));

        assertEquals(heavyDays, clinic.window(List.of(drinks("2026-12-01", "3")), ALCOHOL, sex, PLAN_START,
                PLAN_START).heavyDrinkingDays());
    }

    @Test
    void windowLengthsFollowTheClinicsSettings() {
        AbstinenceMeasures clinic = new AbstinenceMeasures(Settings.clinic(Map.of(
                "kap.clinical.outcomes.baseline-window-days", "90",
                "kap.clinical.outcomes.follow-up-window-days", "7")));

        assertEquals(day("2026-09-02"), clinic.baseline(List.of(), ALCOHOL, Sex.MALE, PLAN_START).from());
        // As of 15 Dec (day 14): days 0-6 and 7-13 complete, day 14 starts a partial third window.
        assertEquals(3, clinic.followUp(List.of(), ALCOHOL, Sex.MALE, PLAN_START, day("2026-12-15")).size());
    }

    @ParameterizedTest(name = "{0}={1} is refused at start-up")
    @CsvSource({ "heavy-drinking-drinks-male, 0", "baseline-window-days, 0", "follow-up-window-days, 0",
            "relapse-confirmation-days, -1", "phq9-response-drop-percent, 101", "phq9-remission-below, 28" })
    void impossibleValuesAreRejectedAtStartUp(String name, String value) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withMapping(OutcomeSettings.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(Map.of("kap.clinical.outcomes." + name, value), "clinic", 250));

        assertThrows(ConfigValidationException.class, builder::build);
    }
}
