package org.riverwoods.kap.kit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What every error answer of every service must be: RFC 9457 problem+json that never echoes input. */
public final class Problems {

    private Problems() {
    }

    /**
     * Asserts a problem+json answer with {@code status}, whose detail names {@code field} (unless
     * null) and whose body holds none of {@code sentValues}.
     */
    public static JsonPath assertProblem(Response response, int status, String field, String... sentValues) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), () -> "status; body was " + body);
        assertNotNull(response.contentType(), "a Content-Type");
        assertTrue(response.contentType().startsWith("application/problem+json"),
                () -> "problem+json, not " + response.contentType() + ": " + body);
        return assertProblemBody(body, status, field, sentValues);
    }

    public static JsonPath assertProblemBody(String body, int status, String field, String... sentValues) {
        JsonPath problem = new JsonPath(body);
        assertNotBlank(problem.getString("type"), "type", body);
        assertNotBlank(problem.getString("title"), "title", body);
        assertEquals(status, problem.getInt("status"), () -> "status in the body: " + body);
        String detail = problem.getString("detail");
        assertNotBlank(detail, "detail", body);
        if (field != null) {
            assertTrue(detail.contains(field), () -> "the detail names '" + field + "': " + detail);
        }
        for (String sent : sentValues) {
            assertFalse(body.contains(sent), () -> "the answer must not echo '" + sent + "': " + body);
        }
        return problem;
    }

    private static void assertNotBlank(String value, String member, String body) {
        assertTrue(value != null && !value.isBlank(), () -> member + " is present: " + body);
    }
}
