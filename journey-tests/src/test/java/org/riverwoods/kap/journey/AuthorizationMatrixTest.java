package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.journey.AuthorizationMatrix.Expected;
import org.riverwoods.kap.journey.AuthorizationMatrix.Operation;

/** Reading the matrix, comparing it with OpenAPI and writing the README's tables, without a platform. */
class AuthorizationMatrixTest {

    private static final String HEADER = "| operation | what | prescriber | nurse | therapist | patient (own) | "
            + "patient (other) | analyst | admin | no token | invalid token |";

    private static List<String> doc(String... rows) {
        List<String> lines = new java.util.ArrayList<>(List.of("# Matrix", "", "## Principles", "| a | b |",
                "## intake-service", "", HEADER, "|---|---|---|---|---|---|---|---|---|---|---|"));
        lines.addAll(List.of(rows));
        return lines;
    }

    @Test
    void readsEveryCellWithItsRemark() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(doc(
                "| `POST /api/v1/patients/{patientId}/consents` | consents: record | ok | ok | 403 | ok (her Part 2 consent only) | 403 | 403 | 403 | 401 | 401 |"));
        Operation consent = matrix.services().get("intake-service").get(0);
        assertEquals("POST /api/v1/patients/{patientId}/consents", consent.key());
        assertEquals(Expected.OK, consent.cell(AuthorizationColumn.PATIENT_OWN).expected());
        assertEquals("her Part 2 consent only", consent.cell(AuthorizationColumn.PATIENT_OWN).remark());
        assertEquals(Expected.FORBIDDEN, consent.cell(AuthorizationColumn.ADMIN).expected());
        assertNull(consent.cell(AuthorizationColumn.NURSE).remark());
        assertEquals(Expected.UNAUTHENTICATED, consent.cell(AuthorizationColumn.INVALID_TOKEN).expected());
    }

    @Test
    void okMeansAuthorizationPassedAndNeverAServerError() {
        assertTrue(Expected.OK.accepts(200));
        assertTrue(Expected.OK.accepts(400));
        assertTrue(Expected.OK.accepts(409));
        assertFalse(Expected.OK.accepts(401));
        assertFalse(Expected.OK.accepts(403));
        assertFalse(Expected.OK.accepts(500));
        assertFalse(Expected.OK.accepts(503));
        assertTrue(Expected.FORBIDDEN.accepts(403));
        assertFalse(Expected.FORBIDDEN.accepts(404));
        assertTrue(Expected.NOT_FOUND.accepts(404));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(doc(
                "| `GET /api/v1/patients` | patients: list | ok | ok | ok | yes | 403 | 403 | ok | 401 | 401 |")));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(doc(
                "| `GET /api/v1/patients` | patients: list | ok | ok | ok | ok | 403 | 403 | ok | 401 |")));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(doc(
                "| GET /api/v1/patients | patients: list | ok | ok | ok | ok | 403 | 403 | ok | 401 | 401 |")));
        String row = "| `GET /api/v1/patients` | patients: list | ok | ok | ok | ok | 403 | 403 | ok | 401 | 401 |";
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(doc(row, row)), "twice");
        List<String> badHeader = doc(row);
        badHeader.set(6, HEADER.replace("analyst", "analysts"));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationMatrix.parse(badHeader));
    }

    @Test
    void namesWhatOpenApiHasAndTheMatrixLacksAndTheOtherWayRound() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(doc(
                "| `GET /api/v1/patients` | patients: list | ok | ok | ok | ok | ok | 403 | ok | 401 | 401 |",
                "| `DELETE /api/v1/patients` | patients: forget | ok | ok | ok | ok | ok | 403 | ok | 401 | 401 |"));
        Map<String, Boolean> operations = AuthorizationOpenApi.operations(new ObjectMapper().readTree("""
                {"paths": {"/api/v1/patients": {"get": {}, "post": {"requestBody": {}}, "parameters": []}}}"""));
        assertEquals(Map.of("GET /api/v1/patients", false, "POST /api/v1/patients", true), operations);
        Map<String, String> differences = AuthorizationOpenApi.differences(matrix, Map.of("intake-service", operations));
        assertEquals("POST /api/v1/patients", differences.get("intake-service: not in the matrix"));
        assertEquals("DELETE /api/v1/patients", differences.get("intake-service: in the matrix but not in OpenAPI"));
    }

    @Test
    void theReadmeGroupsWhatARoleMayDoAndSharesRowsOfRolesThatMayDoTheSame() {
        AuthorizationMatrix matrix = AuthorizationMatrix.parse(doc(
                "| `POST /api/v1/patients` | patients: register | ok | ok | 403 | 403 | 403 | 403 | ok | 401 | 401 |",
                "| `GET /api/v1/patients` | patients: list | ok | ok | ok | ok (her own record only) | ok | 403 | ok | 401 | 401 |",
                "| `POST /api/v1/patients/{patientId}/consents` | consents: record | ok | ok | 403 | 403 | 403 | 403 | 403 | 401 | 401 |"));
        String table = AuthorizationReadme.table("intake-service", matrix.services().get("intake-service"));
        assertEquals("""
                | role | intake-service |
                |---|---|
                | prescriber, nurse | patients: register, list; consents: record |
                | therapist | patients: list |
                | patient | her own records only. patients: list (her own record only) |
                | analyst | nothing |
                | admin | patients: register, list |
                """, table);
    }

    @Test
    void theRealMatrixReads() {
        AuthorizationMatrix matrix = AuthorizationMatrix.read(JourneyPlatform.repositoryRoot());
        assertEquals(List.of("intake-service", "treatment-service", "infusion-service", "outcomes-service"),
                List.copyOf(matrix.services().keySet()));
        assertTrue(matrix.operations().size() > 80, "every operation of the four services");
    }
}
