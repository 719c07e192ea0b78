package org.riverwoods.kap.intake.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.EventContracts;

/** This service's topics are in the AsyncAPI document (the folder as a whole: deployment-tests). */
class ContractsDocumentTest {

    @Test
    void intakeTopicsAreDescribed() throws IOException {
        String asyncApi = Files.readString(EventContracts.contractsDirectory().resolve("asyncapi.yaml"));
        for (String topic : List.of(Topics.PATIENTS, Topics.ASSESSMENTS, Topics.CONSENTS, Topics.INFUSION_SESSIONS,
                Topics.OUTCOMES_MEASURES, "intake.dead-letter")) {
            assertTrue(asyncApi.contains("address: " + topic), topic + " is in the AsyncAPI document");
        }
    }
}
