package org.riverwoods.kap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks event payloads against the JSON Schemas in the repository's {@code contracts/schemas/}.
 *
 * <p>The schema of event type {@code X} is {@code contracts/schemas/X.schema.json}; the folder is
 * found by walking up from the working directory, so it works from any module.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private EventContracts() {
    }

    /** Throws an {@link AssertionError} listing every violation if {@code payload} breaks its schema. */
    public static void assertValid(String eventType, String payload) {
        Set<ValidationMessage> violations = validate(eventType, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError(eventType + " payload breaks its contract: "
                    + violations.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                    + "\npayload: " + payload);
        }
    }

    public static Set<ValidationMessage> validate(String eventType, String payload) {
        Path schemaFile = schemaFile(eventType);
        if (!Files.isRegularFile(schemaFile)) {
            throw new AssertionError("No contract for event type " + eventType + " at " + schemaFile);
        }
        try {
            JsonSchema schema = FACTORY.getSchema(schemaFile.toUri());
            JsonNode document = JSON.readTree(payload);
            return schema.validate(document);
        } catch (IOException e) {
            throw new AssertionError(eventType + " payload is not JSON: " + payload, e);
        }
    }

    public static Path schemaFile(String eventType) {
        return contractsDirectory().resolve("schemas").resolve(eventType + ".schema.json");
    }

    public static Path contractsDirectory() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts");
            if (Files.isDirectory(candidate.resolve("schemas"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No contracts/schemas folder above " + System.getProperty("user.dir"));
    }
}
