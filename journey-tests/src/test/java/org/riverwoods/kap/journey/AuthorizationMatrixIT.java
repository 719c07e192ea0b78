package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.journey.AuthorizationMatrix.Operation;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * docs/authorization-matrix.md against the running platform: the matrix lists exactly the operations
 * of the four OpenAPI documents, every operation answers every column as its cell says, and every
 * refusal is in the service's audit trail. Fails once, with every disagreeing cell.
 */
class AuthorizationMatrixIT {

    @Test
    void everyOperationAnswersEveryRoleAsTheMatrixSaysAndEveryRefusalIsAudited() {
        PlatformUrls urls = JourneyPlatform.urls();
        Map<String, String> baseUrls = new LinkedHashMap<>();
        baseUrls.put("intake-service", urls.intake());
        baseUrls.put("treatment-service", urls.treatment());
        baseUrls.put("infusion-service", urls.infusion());
        baseUrls.put("outcomes-service", urls.outcomes());
        AuthorizationMatrix matrix = AuthorizationMatrix.read(JourneyPlatform.repositoryRoot());

        Map<String, Map<String, Boolean>> openApi = new LinkedHashMap<>();
        baseUrls.forEach((service, url) -> openApi.put(service, AuthorizationOpenApi.operations(url)));
        int documented = openApi.values().stream().mapToInt(Map::size).sum();
        Map<String, String> differences = AuthorizationOpenApi.differences(matrix, openApi);
        if (!differences.isEmpty()) {
            StringBuilder text = new StringBuilder(AuthorizationMatrix.FILE + " and the services' OpenAPI differ:");
            differences.forEach((what, operations) -> text.append("\n  ").append(what).append(": ").append(operations));
            fail(text.toString());
        }

        AuthorizationFixtures fixtures = AuthorizationFixtures.create(Journeys.clinic("authorization"), urls);
        Instant walkStarted = Instant.now().minusSeconds(1);
        AuthorizationWalk walk = new AuthorizationWalk(baseUrls, fixtures);
        List<Operation> operations = matrix.operations();
        for (Operation operation : operations) {
            walk.walk(operation, openApi.get(operation.service()).get(operation.key()));
        }
        List<String> disagreements = new ArrayList<>(walk.disagreements);
        AuthorizationAudit.missingDenials(walk, walkStarted, fixtures.other().patientId(),
                walk.subject(AuthorizationColumn.PATIENT_OWN)).forEach(m -> disagreements.add("audit: " + m));

        System.out.printf("[authorization] %d of %d OpenAPI operations covered (%.0f%%), %d columns, %d requests, "
                + "%d disagreements%n", operations.size(), documented, 100.0 * operations.size() / documented,
                AuthorizationColumn.values().length, walk.requests, disagreements.size());
        assertEquals(documented, operations.size(), "every OpenAPI operation is walked");
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " cells differ from " + AuthorizationMatrix.FILE + ":\n  "
                    + String.join("\n  ", disagreements));
        }
    }
}
