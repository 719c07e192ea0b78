package org.riverwoods.kap.infusion.safety;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VitalsReadingTest {

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
            "moaas, 6, moaas must be 0-5",
            "moaas, -1, moaas must be 0-5",
            "spo2Percent, 101, spo2Percent must be 0-100",
            "spo2Percent, -1, spo2Percent must be 0-100",
            "heartRateBpm, 301, heartRateBpm must be 0-300",
            "respiratoryRatePerMinute, 101, respiratoryRatePerMinute must be 0-100",
            "cadssTotal, 109, cadssTotal must be 0-108",
            "systolicMmHg, 301, systolicMmHg must be 0-300" })
    void aValueThatCannotBeTrueIsRefused(String field, int value, String problem) {
        Readings reading = Readings.empty();
        switch (field) {
            case "moaas" -> reading.moaas(value);
            case "spo2Percent" -> reading.spo2(value);
            case "heartRateBpm" -> reading.heartRate(value);
            case "respiratoryRatePerMinute" -> reading.respiratoryRate(value);
            case "cadssTotal" -> reading.cadss(value);
            case "systolicMmHg" -> reading.bloodPressure(value, null);
            default -> throw new IllegalArgumentException(field);
        }

        InvalidVitalsException e = assertThrows(InvalidVitalsException.class, reading::build);

        assertEquals(List.of(problem), e.problems());
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        InvalidVitalsException e = assertThrows(InvalidVitalsException.class, () -> Readings.empty().takenAt(null)
                .bloodPressure(80, 120).heartRate(-5).spo2(120).moaas(7).build());

        assertEquals(List.of("takenAt is required", "heartRateBpm must be 0-300", "spo2Percent must be 0-100",
                "moaas must be 0-5", "diastolicMmHg must be below systolicMmHg"), e.problems());
        assertEquals("Invalid vitals reading: takenAt is required; heartRateBpm must be 0-300; "
                + "spo2Percent must be 0-100; moaas must be 0-5; diastolicMmHg must be below systolicMmHg", e.getMessage());
    }

    @Test
    void itIsAnIllegalArgument() {
        assertInstanceOf(IllegalArgumentException.class,
                assertThrows(InvalidVitalsException.class, () -> Readings.empty().moaas(9).build()));
    }

    @Test
    void theMessagesNeverQuoteTheValueSent() {
        InvalidVitalsException e = assertThrows(InvalidVitalsException.class, () -> Readings.empty().spo2(777).build());

        assertEquals(-1, e.getMessage().indexOf("777"));
    }

    @Test
    void criticalButRealValuesAreAcceptedSoTheyCanRaiseTheirAlerts() {
        assertDoesNotThrow(() -> Readings.empty().bloodPressure(300, 250).heartRate(0).spo2(0).respiratoryRate(0)
                .moaas(0).cadss(0).build());
        assertDoesNotThrow(() -> Readings.empty().heartRate(300).spo2(100).respiratoryRate(100).moaas(5).cadss(108)
                .build());
    }

    @Test
    void everyMeasurementMayBeMissing() {
        VitalsReading reading = Readings.empty().build();

        assertEquals(Readings.TAKEN_AT, reading.takenAt());
        assertEquals(false, reading.hasBloodPressure());
    }

    @Test
    void aDiastolicEqualToTheSystolicIsRefused() {
        InvalidVitalsException e = assertThrows(InvalidVitalsException.class,
                () -> Readings.empty().bloodPressure(100, 100).build());

        assertEquals(List.of("diastolicMmHg must be below systolicMmHg"), e.problems());
    }
}
