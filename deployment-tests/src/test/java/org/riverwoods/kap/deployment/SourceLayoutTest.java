package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape the platform promises its engineers: packages by clinical concept with no cycle between
 * them, no service reading another's code, and technical infrastructure once, in the kit, rather than
 * copied (no main-code file stands in two services identical but for its package).
 */
class SourceLayoutTest {

    private static final String BASE = "org.riverwoods.kap.";
    private static final Pattern OWN_PACKAGE = Pattern
            .compile("org\\.riverwoods\\.kap\\.(intake|treatment|infusion|outcomes)\\b");

    @ParameterizedTest
    @ValueSource(strings = { "intake-service:intake", "treatment-service:treatment", "infusion-service:infusion",
            "outcomes-service:outcomes", "service-kit:kit", "clinic-console:console" })
    void packagesFormAHierarchy(String moduleAndPackage) {
        String[] parts = moduleAndPackage.split(":");
        Path sources = DeploymentFiles.file(parts[0] + "/src/main/java");
        assertEquals(List.of(), PackageCycles.in(sources, BASE + parts[1]), parts[0] + ": packages in a circle");
    }

    @Test
    void noServiceImportsAnotherServicesCode() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (String service : DeploymentFiles.SERVICES) {
            String own = service.replace("-service", "");
            for (Path file : mainSources(service)) {
                for (String line : Files.readAllLines(file)) {
                    var m = OWN_PACKAGE.matcher(line);
                    if (line.startsWith("import ") && m.find() && !m.group(1).equals(own)) {
                        crossings.add(service + ": " + file.getFileName() + " " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), crossings);
    }

    @Test
    void noMainCodeFileIsCopiedBetweenServices() throws IOException {
        Map<String, String> firstSeen = new HashMap<>();
        List<String> copies = new ArrayList<>();
        for (String service : DeploymentFiles.SERVICES) {
            for (Path file : mainSources(service)) {
                String text = OWN_PACKAGE.matcher(Files.readString(file)).replaceAll("org.riverwoods.kap.SERVICE");
                String where = service + "/" + file.getFileName();
                String earlier = firstSeen.putIfAbsent(text, where);
                if (earlier != null && !earlier.startsWith(service + "/")) {
                    copies.add(earlier + " = " + where);
                }
            }
        }
        assertEquals(List.of(), copies, "identical but for the package: belongs in service-kit, or is drifting copy");
    }

    private static List<Path> mainSources(String module) throws IOException {
        try (Stream<Path> files = Files.walk(DeploymentFiles.file(module + "/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
