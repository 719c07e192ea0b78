package org.riverwoods.kap.outcomes.deidentify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierScannerTest {

    private static final List<String> PATIENTS = List.of("Jane Doe", "Ann Li");

    private static List<String> scan(String json) {
        return IdentifierScanner.findIdentifiers(json, PATIENTS);
    }

    @Test
    void aDeIdentifiedMeasureIsClean() {
        String message = """
                {"pseudonym":"p_3f9c2a7be41d4c0e9a5b7d2e8f10c6a4","dayOffset":35,"ageBand":"35-44","sex":"FEMALE",
                 "protocol":"KARE","measure":"PDA","value":87.5}""";

        assertEquals(List.of(), scan(message));
    }

    @Test
    void emptyDocumentsAreClean() {
        assertEquals(List.of(), scan("{}"));
        assertEquals(List.of(), scan("[]"));
        assertEquals(List.of(), scan(" {\"a\": [true, false, null, -1.5e3, {}]} "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"visit\":\"2026-11-26\"}                                | ISO date at $.visit",
            "{\"note\":\"seen 2026-11-26, well\"}                      | ISO date at $.note",
            "{\"at\":\"2026-11-26T15:04:05Z\"}                         | ISO date-time at $.at",
            "{\"at\":\"2026-11-26T15:04:05.123+01:00\"}                | ISO date-time at $.at",
            "{\"at\":\"2026-11-26 15:04\"}                             | ISO date-time at $.at",
            "{\"contact\":\"jane.doe+kap@example.org\"}                | email address at $.contact",
            "{\"contact\":\"jane\\u0040example.org\"}                  | email address at $.contact",
            "{\"contact\":\"(555) 123-4567\"}                          | phone-like number at $.contact",
            "{\"contact\":\"+1 555 123 4567\"}                         | phone-like number at $.contact",
            "{\"contact\":\"555.1234\"}                                | phone-like number at $.contact",
            "{\"contact\":5551234567}                                  | phone-like number at $.contact",
            "{\"visit\":20261126}                                      | phone-like number at $.visit",
            "{\"subject\":\"0b6a2c1e-4d3f-4a5b-9c8d-7e6f5a4b3c2d\"}    | UUID at $.subject",
            "{\"note\":\"called JANE about dosing\"}                   | patient name at $.note",
            "{\"note\":\"Mrs Doe rang\"}                                | patient name at $.note",
            "{\"events\":[{\"x\":1},{\"note\":\"Ann\"}]}               | patient name at $.events[1].note",
            "{\"byPatient\":{\"0b6a2c1e-4d3f-4a5b-9c8d-7e6f5a4b3c2d\":5}} | UUID in a key at $.byPatient.*"})
    void eachKindOfIdentifierIsFound(String json, String hit) {
        assertEquals(List.of(hit), scan(json));
    }

    @Test
    void everyHitIsReported() {
        assertEquals(List.of("UUID at $.note", "ISO date at $.note", "identifier key at $.patientId", "UUID at $.patientId"),
                scan("""
                        {"note":"0b6a2c1e-4d3f-4a5b-9c8d-7e6f5a4b3c2d on 2026-11-26",
                         "patientId":"0b6a2c1e-4d3f-4a5b-9c8d-7e6f5a4b3c2d"}"""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "patientId", "sessionID", "patient_id", "PATIENT_ID", "name", "firstName", "email",
            "emailAddress", "phone", "phoneNumber", "dateOfBirth", "birthDate", "birthYear", "address", "homeAddress2",
            "mrn", "ssn", "zipCode", "postalCode", "medicalRecordNumber"})
    void keysNamingAnIdentifierAreFound(String key) {
        assertEquals(List.of("identifier key at $." + key), scan("{\"" + key + "\":true}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pseudonym", "dayOffset", "ageBand", "sex", "protocol", "measure", "value", "valid", "paid",
            "identity", "templateCode"})
    void ordinaryKeysAreNot(String key) {
        assertEquals(List.of(), scan("{\"" + key + "\":true}"));
    }

    @Test
    void aNameInsideAWordIsNotTheName() {
        assertEquals(List.of(), scan("{\"note\":\"annual review, Lithium level\"}"));
    }

    @Test
    void smallNumbersAndCodesAreNotPhoneNumbers() {
        assertEquals(List.of(), scan("{\"value\":123456,\"score\":\"27\",\"ratio\":0.125,\"code\":\"F11.20\"}"));
    }

    @Test
    void aHitNeverQuotesWhatItFound() {
        List<String> hits = scan("{\"note\":\"Jane Doe, jane@example.org, 555-123-4567\"}");

        assertEquals(3, hits.size(), hits.toString());
        hits.forEach(hit -> assertEquals(false, hit.contains("Jane") || hit.contains("example") || hit.contains("555"), hit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "{\"a\":2026-11-26}", "{\"a\":1} x", "'a'", "{\"a\":\"\\x\"}"})
    void textThatIsNotJsonIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> scan(text));
    }
}
