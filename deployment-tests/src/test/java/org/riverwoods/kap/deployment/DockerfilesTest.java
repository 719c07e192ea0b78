package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.riverwoods.kap.deployment.DeploymentFiles.DOCKERFILE;
import static org.riverwoods.kap.deployment.DeploymentFiles.SERVICES;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The four services' src/main/docker/Dockerfile.jvm: fast-jar layout, port, non-root user, one shape. */
class DockerfilesTest {

    /** The four parts of target/quarkus-app/ and where the base image's run-java.sh expects them. */
    private static final Map<String, String> FAST_JAR = new LinkedHashMap<>();
    static {
        FAST_JAR.put("target/quarkus-app/lib/", "/deployments/lib/");
        FAST_JAR.put("target/quarkus-app/*.jar", "/deployments/");
        FAST_JAR.put("target/quarkus-app/app/", "/deployments/app/");
        FAST_JAR.put("target/quarkus-app/quarkus/", "/deployments/quarkus/");
    }

    record Instruction(int line, String keyword, String arguments) {
    }

    private static String where(String service) {
        return service + "/" + DOCKERFILE;
    }

    /** Instructions with continuation lines joined and comments dropped. */
    static List<Instruction> parse(String service) {
        Path file = DeploymentFiles.dockerfile(service);
        if (!Files.isRegularFile(file)) {
            fail(where(service) + " does not exist");
        }
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        int n = 0;
        for (String line : DeploymentFiles.read(file).split("\n", -1)) {
            n++;
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && trimmed.startsWith("#")) {
                continue;
            }
            if (current.isEmpty()) {
                start = n;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            int space = text.indexOf(' ');
            out.add(new Instruction(start, (space < 0 ? text : text.substring(0, space)).toUpperCase(),
                    space < 0 ? "" : text.substring(space + 1).strip()));
            current.setLength(0);
        }
        return out;
    }

    private static List<Instruction> all(List<Instruction> instructions, String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** ENV KEY="value" / ENV KEY=value ... / ENV KEY value. */
    static Map<String, String> env(List<Instruction> instructions) {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S*))");
        for (Instruction i : all(instructions, "ENV")) {
            Matcher m = pair.matcher(i.arguments());
            boolean any = false;
            while (m.find()) {
                any = true;
                env.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
            }
            if (!any) {
                String[] kv = i.arguments().split("\\s+", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return env;
    }

    @Test
    void everyServiceHasAJava17RuntimeImageWithAPinnedTag() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            List<Instruction> from = all(parse(s), "FROM");
            assertEquals(1, from.size(), where(s) + ": expected one FROM (a single-stage build from target/quarkus-app)");
            String image = from.get(0).arguments().split("\\s+")[0];
            String tag = DeploymentFiles.imageTag(image);
            assertTrue(image.contains("openjdk-17"), where(s) + ": FROM must be a Java 17 runtime image: " + image);
            assertTrue(tag != null && !tag.equals("latest"), where(s) + ": FROM must pin a tag: " + image);
        }));
    }

    @Test
    void everyServiceCopiesTheFastJarPackage() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            List<String> copies = all(parse(s), "COPY").stream().map(i -> i.arguments().replaceAll("--\\S+\\s*", "").strip())
                    .toList();
            FAST_JAR.forEach((source, target) -> assertTrue(copies.contains(source + " " + target),
                    where(s) + ": must COPY " + source + " " + target + " (found " + copies + ")"));
            Map<String, String> env = env(parse(s));
            assertEquals("/deployments/quarkus-run.jar", env.get("JAVA_APP_JAR"), where(s) + ": ENV JAVA_APP_JAR");
        }));
    }

    @Test
    void theCopiedPartsExistInTheBuiltPackage() {
        List<String> unbuilt = SERVICES.stream()
                .filter(s -> !Files.isRegularFile(DeploymentFiles.moduleDir(s).resolve("target/quarkus-app/quarkus-run.jar")))
                .toList();
        Assumptions.assumeTrue(unbuilt.isEmpty(), "not packaged yet (./mvnw package): " + unbuilt);
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Path module = DeploymentFiles.moduleDir(s);
            for (String source : FAST_JAR.keySet()) {
                assertTrue(matchesSomething(module, source), where(s) + ": COPY " + source + " matches nothing in " + s
                        + "/target/quarkus-app (has the Quarkus package layout changed?)");
            }
        }));
    }

    private static boolean matchesSomething(Path module, String source) {
        String pattern = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> files = Files.walk(module.resolve("target/quarkus-app"), 1, FileVisitOption.FOLLOW_LINKS)) {
            return files.map(module::relativize).anyMatch(matcher::matches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyImageExposesTheServicePort() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            List<String> exposed = all(parse(s), "EXPOSE").stream().flatMap(i -> Stream.of(i.arguments().split("\\s+")))
                    .map(p -> p.replaceAll("/tcp$", "")).toList();
            assertEquals(List.of(String.valueOf(DeploymentFiles.httpPort(s))), exposed,
                    where(s) + ": EXPOSE must be quarkus.http.port of " + DeploymentFiles.applicationPropertiesPath(s));
        }));
    }

    @Test
    void everyImageRunsAsANumericNonRootUser() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            List<Instruction> instructions = parse(s);
            List<Instruction> users = all(instructions, "USER");
            assertFalse(users.isEmpty(), where(s) + ": no USER (the container would run as the base image's user)");
            String user = users.get(users.size() - 1).arguments().split(":")[0];
            assertTrue(user.matches("\\d+") && !user.equals("0"),
                    where(s) + ": the last USER must be a numeric non-root uid (Kubernetes runAsNonRoot checks it): " + user);
        }));
    }

    @Test
    void theHeapFollowsTheContainerMemoryLimit() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> env = env(parse(s));
            String opts = env.get("JAVA_OPTS");
            assertNotNull(opts, where(s) + ": ENV JAVA_OPTS is missing");
            assertTrue(opts.matches(".*-XX:MaxRAMPercentage=\\d+(\\.\\d+)?.*"),
                    where(s) + ": JAVA_OPTS must size the heap from the container limit (-XX:MaxRAMPercentage): " + opts);
            assertFalse(opts.matches(".*-Xmx\\S+.*"), where(s) + ": a fixed -Xmx ignores the container's memory limit: " + opts);
            assertEquals("0", env.get("JAVA_MAX_MEM_RATIO"), where(s)
                    + ": JAVA_MAX_MEM_RATIO=0, or run-java.sh appends its own -XX:MaxRAMPercentage after JAVA_OPTS");
        }));
    }

    @Test
    void theToolOfTheComposeHealthCheckIsVerifiedByTheImageBuild() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String[] words = ComposeFileTest.healthCheck(s).split("\\s+");
            assertTrue(words.length > 1 && words[0].startsWith("CMD"), "docker-compose.yml: services." + s + ".healthcheck.test");
            String tool = words[1];
            boolean checked = all(parse(s), "RUN").stream().anyMatch(i -> i.arguments().startsWith(tool + " "));
            assertTrue(checked, where(s) + ": the compose health check runs '" + tool
                    + "' inside the container; the build must check it exists (RUN " + tool + " --version)");
        }));
    }

    @Test
    void theBuildContextSendsTheQuarkusPackage() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Path ignore = DeploymentFiles.moduleDir(s).resolve(".dockerignore");
            if (Files.isRegularFile(ignore)) {
                List<String> lines = DeploymentFiles.read(ignore).lines().map(String::strip).toList();
                assertTrue(!lines.contains("*") || lines.stream().anyMatch(l -> l.startsWith("!target/quarkus-app")),
                        s + "/.dockerignore excludes everything but does not re-include target/quarkus-app");
                assertFalse(lines.contains("target") || lines.contains("target/") || lines.contains("target/quarkus-app"),
                        s + "/.dockerignore excludes the Quarkus package");
            }
        }));
    }

    @Test
    void theFourDockerfilesDifferOnlyInServiceNameAndPort() {
        String reference = SERVICES.get(0);
        String expected = normalised(reference);
        assertAll(SERVICES.stream().skip(1).map(s -> (Executable) () -> {
            String actual = normalised(s);
            if (!expected.equals(actual)) {
                String[] a = expected.split("\n", -1);
                String[] b = actual.split("\n", -1);
                for (int i = 0; i < Math.max(a.length, b.length); i++) {
                    String x = i < a.length ? a[i] : "<end of file>";
                    String y = i < b.length ? b[i] : "<end of file>";
                    if (!x.equals(y)) {
                        fail(where(s) + " differs from " + where(reference) + " beyond name and port, at line " + (i + 1)
                                + ":\n  " + reference + ": " + x + "\n  " + s + ": " + y);
                    }
                }
            }
        }));
    }

    private static String normalised(String service) {
        String text = DeploymentFiles.read(DeploymentFiles.dockerfile(service));
        String port = String.valueOf(DeploymentFiles.httpPort(service));
        return text.replace(service, "<service>").replaceAll("\\b" + Pattern.quote(port) + "\\b", "<port>");
    }
}
