package org.riverwoods.kap.console.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceAnswerTest {

    @Test
    void decimalsStayAsTheServiceWroteThem() {
        ServiceAnswer answer = new ServiceAnswer(Service.TREATMENT, 200,
                ServiceAnswer.parse("{\"doseMgPerKg\": 0.800, \"items\": 3}"), "\"1\"");
        assertEquals("0.800", answer.map().get("doseMgPerKg").toString());
    }

    @Test
    void aPageAndAListReadTheSame() {
        ServiceAnswer page = new ServiceAnswer(Service.INTAKE, 200,
                ServiceAnswer.parse("{\"items\":[{\"id\":\"a\"}],\"page\":0,\"size\":20,\"totalItems\":41,\"totalPages\":3}"), null);
        assertEquals(1, page.items().size());
        assertEquals(41, page.total());
        assertEquals(3, page.totalPages());
        ServiceAnswer list = new ServiceAnswer(Service.INFUSION, 200, ServiceAnswer.parse("[{\"id\":\"a\"},{\"id\":\"b\"}]"), null);
        assertEquals(2, list.total());
    }

    @Test
    void aRefusalNamesItsFieldsByTheirLastPart() {
        ServiceAnswer refused = new ServiceAnswer(Service.INTAKE, 400, ServiceAnswer.parse("{\"title\":\"Validation failed\","
                + "\"detail\":\"weightKg must be at most 350\",\"violations\":[{\"field\":\"register.body.weightKg\","
                + "\"message\":\"must be at most 350\"}]}"), null);
        ServiceProblem problem = refused.problem();
        assertEquals("must be at most 350", problem.field("weightKg"));
        assertEquals(Map.of("weightKg", "must be at most 350"), problem.fields());
        assertEquals("Validation failed: weightKg must be at most 350", problem.message());
    }

    @Test
    void aDetailThatRepeatsTheTitleIsSaidOnce() {
        ServiceAnswer refused = new ServiceAnswer(Service.INFUSION, 409, ServiceAnswer.parse(
                "{\"title\":\"Safety gate not passed\",\"detail\":\"Safety gate not passed: breath alcohol\"}"), null);
        assertEquals("Safety gate not passed: breath alcohol", refused.problem().message());
    }

    @Test
    void aBodyThatIsNotJsonStillHasItsStatus() {
        assertNull(ServiceAnswer.parse("<html>bad gateway</html>"));
        ServiceAnswer gateway = new ServiceAnswer(Service.OUTCOMES, 502, null, null);
        assertEquals("The service refused this (HTTP 502)", gateway.problem().message());
    }
}
