package org.riverwoods.kap.treatment.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.EventContracts;

/** This service's topics are in the AsyncAPI document (the folder as a whole: deployment-tests). */
class ContractsDocumentTest {

    @Test
    void treatmentTopicsAreDescribed() throws IOException {
        String asyncApi = Files.readString(EventContracts.contractsDirectory().resolve("asyncapi.yaml"));
        for (String topic : List.of(Topics.PLANS, Topics.APPOINTMENTS, Topics.INTAKE_ASSESSMENTS, Topics.INFUSION_SESSIONS, Topics.INFUSION_SAFETY,
                "treatment.dead-letter")) {
            assertTrue(asyncApi.contains("address: " + topic), topic + " is in the AsyncAPI document");
        }
    }
}
