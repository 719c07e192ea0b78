package org.riverwoods.kap.outcomes.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.EventContracts;

/** The AsyncAPI document analytics teams read names every schema, and every schema it names exists. */
class ContractsDocumentTest {

    private static final Pattern SCHEMA_REF = Pattern.compile("\\./schemas/([A-Za-z]+)\\.schema\\.json");

    @Test
    void asyncApiAndSchemasAgree() throws IOException {
        Path contracts = EventContracts.contractsDirectory();
        String asyncApi = Files.readString(contracts.resolve("asyncapi.yaml"));
        List<String> referenced = SCHEMA_REF.matcher(asyncApi).results().map(m -> m.group(1)).sorted().toList();
        List<String> present;
        try (Stream<Path> files = Files.list(contracts.resolve("schemas"))) {
            present = files.map(f -> f.getFileName().toString().replace(".schema.json", "")).sorted().toList();
        }
        assertEquals(present, referenced.stream().distinct().toList());
        for (String type : present) {
            Matcher title = Pattern.compile("\"title\": \"" + type + "\"")
                    .matcher(Files.readString(EventContracts.schemaFile(type)));
            assertTrue(title.find(), type + " schema is titled with its event type");
        }
    }

    @Test
    void outcomesTopicsAreDescribed() throws IOException {
        String asyncApi = Files.readString(EventContracts.contractsDirectory().resolve("asyncapi.yaml"));
        for (String topic : List.of(Topics.MEASURES, Topics.ANALYTICS_OUTCOMES, "intake.patients", "treatment.plans", "infusion.safety",
                "outcomes.dead-letter")) {
            assertTrue(asyncApi.contains("address: " + topic), topic + " is in the AsyncAPI document");
        }
    }
}
