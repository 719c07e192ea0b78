package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shared contracts/ folder, checked once for the platform: the AsyncAPI document analytics teams
 * read names every schema, and every schema it names exists and is titled with its event type. Each
 * service checks only that its own topics are described.
 */
class ContractsFolderTest {

    private static final Pattern SCHEMA_REF = Pattern.compile("\\./schemas/([A-Za-z]+)\\.schema\\.json");

    @Test
    void asyncApiAndSchemasAgree() throws IOException {
        Path contracts = DeploymentFiles.file("contracts");
        String asyncApi = Files.readString(contracts.resolve("asyncapi.yaml"));
        List<String> referenced = SCHEMA_REF.matcher(asyncApi).results().map(m -> m.group(1)).distinct().sorted()
                .toList();
        List<String> present;
        try (Stream<Path> files = Files.list(contracts.resolve("schemas"))) {
            present = files.map(f -> f.getFileName().toString().replace(".schema.json", "")).sorted().toList();
        }
        assertEquals(present, referenced, "every schema is in the AsyncAPI document, and only those");
        for (String type : present) {
            String schema = Files.readString(contracts.resolve("schemas").resolve(type + ".schema.json"));
            assertTrue(schema.contains("\"title\": \"" + type + "\""), type + " schema is titled with its event type");
        }
    }
}
