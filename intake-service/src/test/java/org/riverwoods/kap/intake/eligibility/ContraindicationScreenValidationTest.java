package org.riverwoods.kap.intake.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screen as a REST body: complete only when every item is answered, numbers within reason. */
class ContraindicationScreenValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Set<String> invalidFields(ContraindicationScreen screen) {
        return validator.validate(screen).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void aCompleteScreenIsValid() {
        assertTrue(invalidFields(Screens.clear().build()).isEmpty());
    }

    @Test
    void everyItemMustBeAnswered() {
        ContraindicationScreen empty = new ContraindicationScreen(null, null, null, null, null, null, null, null, null,
                null, null, null);

        assertEquals(12, invalidFields(empty).size());
    }

    @Test
    void impossibleNumbersAreRejected() {
        assertEquals(Set.of("systolicMmHg", "diastolicMmHg"), invalidFields(Screens.clear().bloodPressure(1200, 8).build()));
        assertEquals(Set.of("benzodiazepineLorazepamEquivalentMgPerDay"),
                invalidFields(Screens.clear().benzodiazepines("-1").build()));
        assertEquals(Set.of("benzodiazepineLorazepamEquivalentMgPerDay"),
                invalidFields(Screens.clear().benzodiazepines("2.125").build()));
    }
}
