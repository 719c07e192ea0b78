package org.riverwoods.kap.infusion.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.EventContracts;

/** This service's topics are in the AsyncAPI document (the folder as a whole: deployment-tests). */
class ContractsDocumentTest {

    @Test
    void infusionTopicsAreDescribed() throws IOException {
        String asyncApi = Files.readString(EventContracts.contractsDirectory().resolve("asyncapi.yaml"));
        for (String topic : List.of(Topics.SESSIONS, Topics.VITALS, Topics.SAFETY, Topics.CONTROLLED_SUBSTANCES, Topics.TREATMENT_APPOINTMENTS, Topics.TREATMENT_PLANS, Topics.INTAKE_CONSENTS,
                "infusion.dead-letter")) {
            assertTrue(asyncApi.contains("address: " + topic), topic + " is in the AsyncAPI document");
        }
    }
}
