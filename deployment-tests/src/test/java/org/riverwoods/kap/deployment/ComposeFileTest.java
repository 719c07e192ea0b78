package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.riverwoods.kap.deployment.DeploymentFiles.COMPOSE_FILE;
import static org.riverwoods.kap.deployment.DeploymentFiles.DEV_PUBLIC_KEY;
import static org.riverwoods.kap.deployment.DeploymentFiles.DOCKERFILE;
import static org.riverwoods.kap.deployment.DeploymentFiles.KAFKA;
import static org.riverwoods.kap.deployment.DeploymentFiles.POSTGRES;
import static org.riverwoods.kap.deployment.DeploymentFiles.POSTGRES_INIT_DIR;
import static org.riverwoods.kap.deployment.DeploymentFiles.POSTGRES_INIT_SCRIPT;
import static org.riverwoods.kap.deployment.DeploymentFiles.SERVICES;
import static org.riverwoods.kap.deployment.DeploymentFiles.TOPIC_JOB;
import static org.riverwoods.kap.deployment.DeploymentFiles.applicationPropertiesPath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * docker-compose.yml against every service's application.properties, contracts/asyncapi.yaml, the
 * Dockerfiles and the PostgreSQL init script. Offline: nothing is built or started.
 */
class ComposeFileTest {

    /** {@code create_service_database <name> "${PASSWORD_VARIABLE}"} in the init script. */
    private static final Pattern INIT_DATABASE = Pattern
            .compile("(?m)^\\s*create_service_database\\s+(\\S+)\\s+\"\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}\"");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*):-([^}]*)\\}$");

    private static JsonNode compose;

    @BeforeAll
    static void readCompose() {
        compose = DeploymentFiles.compose();
    }

    private static JsonNode service(String name) {
        return DeploymentFiles.composeService(compose, name);
    }

    private static Map<String, String> env(String service) {
        return DeploymentFiles.defaultEnvironment(service(service));
    }

    private static String where(String service, String key) {
        return COMPOSE_FILE + ": services." + service + "." + key;
    }

    @Test
    void everyVariableHasADefaultSoThatTheFileWorksOutOfTheBox() {
        List<String> problems = new ArrayList<>();
        collectVariables(compose, "", problems);
        assertTrue(problems.isEmpty(), COMPOSE_FILE + ": " + problems);
    }

    private static void collectVariables(JsonNode node, String path, List<String> problems) {
        if (node.isTextual()) {
            try {
                DeploymentFiles.withDefaults(node.asText());
            } catch (AssertionError e) {
                problems.add(path.substring(1) + ": " + e.getMessage().replaceFirst("^" + Pattern.quote(COMPOSE_FILE) + ": ", ""));
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> collectVariables(e.getValue(), path + "." + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectVariables(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    @Test
    void everyServiceIsBuiltFromItsOwnDockerfile() {
        Path root = DeploymentFiles.repositoryRoot();
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            JsonNode build = service(s).path("build");
            String context = build.path("context").asText(null);
            assertNotNull(context, where(s, "build.context") + " is missing");
            assertEquals(root.resolve(s).normalize(), root.resolve(context).normalize(),
                    where(s, "build.context") + " must be the module directory ./" + s);
            assertEquals(DOCKERFILE, build.path("dockerfile").asText(null),
                    where(s, "build.dockerfile") + " must be the module's " + DOCKERFILE);
            assertTrue(Files.isRegularFile(root.resolve(context).resolve(DOCKERFILE)),
                    where(s, "build.dockerfile") + ": " + s + "/" + DOCKERFILE + " does not exist");
        }));
    }

    @Test
    void everySettingThatPointsAtLocalhostIsOverridden() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> local = DeploymentFiles.localhostProperties(s);
            assertTrue(local.containsKey("quarkus.datasource.jdbc.url") && local.containsKey("kafka.bootstrap.servers"),
                    applicationPropertiesPath(s) + ": expected the database URL and Kafka to point at localhost, found " + local
                            + " — has the check of localhost values broken?");
            Map<String, String> env = env(s);
            local.forEach((property, value) -> {
                String variable = DeploymentFiles.envName(property);
                assertTrue(env.containsKey(variable), where(s, "environment") + " does not set " + variable + ": "
                        + applicationPropertiesPath(s) + " has " + property + "=" + value + ", which is localhost inside a container");
                assertFalse(DeploymentFiles.pointsAtLocalhost(env.get(variable)),
                        where(s, "environment." + variable) + " still points at localhost: " + env.get(variable));
            });
        }));
    }

    @Test
    void everyServiceGetsItsPortCredentialsAndTokenVerification() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> env = env(s);
            Map<String, String> props = DeploymentFiles.prodProperties(s);
            for (String variable : List.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
                String value = env.get(variable);
                assertTrue(value != null && !value.isBlank(), where(s, "environment." + variable) + " is not set");
            }
            assertTrue(props.containsKey("mp.jwt.verify.issuer"),
                    applicationPropertiesPath(s) + ": mp.jwt.verify.issuer missing (QUARKUS/MP names changed?)");
            String password = DeploymentFiles.rawEnvironment(service(s)).getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
            assertTrue(VARIABLE_REFERENCE.matcher(password).matches(), where(s, "environment.QUARKUS_DATASOURCE_PASSWORD")
                    + " must come from a variable with a default, ${KAP_..._DB_PASSWORD:-...}, not be written out: " + password);
        }));
    }

    @Test
    void theJwtPublicKeyIsAComposeSecretDefaultingToTheDevelopmentKey() {
        JsonNode secrets = compose.path("secrets");
        assertTrue(secrets.isObject() && secrets.size() > 0, COMPOSE_FILE + ": no top-level secrets");
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String location = env(s).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertNotNull(location, where(s, "environment.MP_JWT_VERIFY_PUBLICKEY_LOCATION") + " is not set");
            Matcher m = Pattern.compile("^(?:file:)?/run/secrets/([A-Za-z0-9_.-]+)$").matcher(location);
            assertTrue(m.matches(), where(s, "environment.MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                    + " must be a compose secret, file:/run/secrets/<name>: " + location);
            String secret = m.group(1);
            List<String> mounted = new ArrayList<>();
            service(s).path("secrets").forEach(n -> mounted.add(n.isObject() ? n.path("source").asText() : n.asText()));
            assertTrue(mounted.contains(secret), where(s, "secrets") + " does not mount " + secret + " (mounted: " + mounted + ")");
            String file = secrets.path(secret).path("file").asText(null);
            assertNotNull(file, COMPOSE_FILE + ": secrets." + secret + ".file is missing");
            Matcher v = VARIABLE_REFERENCE.matcher(file);
            assertTrue(v.matches(), COMPOSE_FILE + ": secrets." + secret + ".file must be ${KAP_JWT_PUBLIC_KEY_FILE:-<development key>} "
                    + "so that a clinic can give its identity provider's key: " + file);
            assertEquals("KAP_JWT_PUBLIC_KEY_FILE", v.group(1), COMPOSE_FILE + ": secrets." + secret + ".file variable");
            Path key = DeploymentFiles.repositoryRoot().resolve(v.group(2)).normalize();
            assertEquals(DeploymentFiles.file(DEV_PUBLIC_KEY).normalize(), key,
                    COMPOSE_FILE + ": secrets." + secret + ".file must default to the development key " + DEV_PUBLIC_KEY);
            assertTrue(Files.isRegularFile(key) && DeploymentFiles.read(key).contains("BEGIN PUBLIC KEY"),
                    COMPOSE_FILE + ": secrets." + secret + ".file default " + key + " is not a PEM public key");
        }));
        String text = DeploymentFiles.read(DeploymentFiles.file(COMPOSE_FILE));
        assertTrue(text.contains("DEVELOPMENT key") && text.contains("PRIVATE"),
                COMPOSE_FILE + ": the loud warning that the default JWT key is the public development key is missing");
    }

    @Test
    void everyConfigurationVariableNamesARealSetting() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> known = DeploymentFiles.envNamesToProperties(s);
            for (String variable : env(s).keySet()) {
                if (DeploymentFiles.looksLikeServiceConfiguration(variable)) {
                    assertTrue(known.containsKey(variable), where(s, "environment." + variable)
                            + " overrides nothing: no such setting in " + applicationPropertiesPath(s) + " (misspelt?)");
                }
            }
        }));
    }

    @Test
    void theContainerListensOnTheServicePortAndPublishesTheSamePortOnTheHost() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            int port = DeploymentFiles.httpPort(s);
            assertEquals(String.valueOf(port), env(s).get("QUARKUS_HTTP_PORT"),
                    where(s, "environment.QUARKUS_HTTP_PORT") + " must equal quarkus.http.port of " + applicationPropertiesPath(s));
            List<int[]> ports = ports(s);
            assertEquals(1, ports.size(), where(s, "ports") + " must publish exactly the HTTP port");
            assertEquals(port, ports.get(0)[1], where(s, "ports") + ": container port must be quarkus.http.port " + port);
            assertEquals(port, ports.get(0)[0], where(s, "ports") + ": host port must be " + port
                    + " (the port README.md and docs/operations.md give)");
        }));
    }

    @Test
    void hostPortsDoNotClash() {
        Map<Integer, String> taken = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        compose.path("services").fieldNames().forEachRemaining(name -> {
            for (int[] p : ports(name)) {
                String previous = taken.put(p[0], name);
                if (previous != null) {
                    clashes.add("host port " + p[0] + ": " + previous + " and " + name);
                }
            }
        });
        assertTrue(clashes.isEmpty(), COMPOSE_FILE + ": host ports clash: " + clashes);
    }

    /** Published ports as {host, container}; short ("8081:8081", "127.0.0.1:8081:8081") or long syntax. */
    private static List<int[]> ports(String name) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode p : service(name).path("ports")) {
            if (p.isObject()) {
                out.add(new int[] { Integer.parseInt(DeploymentFiles.withDefaults(p.path("published").asText())),
                        p.path("target").asInt() });
            } else {
                String[] parts = DeploymentFiles.withDefaults(p.asText()).replaceAll("/(tcp|udp)$", "").split(":");
                if (parts.length < 2) {
                    fail(where(name, "ports") + ": '" + p.asText() + "' publishes on a random host port");
                }
                out.add(new int[] { Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]) });
            }
        }
        return out;
    }

    @Test
    void imageNamesFollowOnePatternAndEveryImageIsPinned() {
        String version = DeploymentFiles.projectVersion();
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String raw = service(s).path("image").asText(null);
            assertEquals("riverwoods-kap/" + s + ":${KAP_VERSION:-" + version + "}", raw,
                    where(s, "image") + " must be riverwoods-kap/<service>:${KAP_VERSION:-<project version>}");
        }));
        List<String> unpinned = new ArrayList<>();
        compose.path("services").properties().forEach(e -> {
            String image = e.getValue().path("image").asText(null);
            String tag = image == null ? null : DeploymentFiles.imageTag(DeploymentFiles.withDefaults(image));
            if (image == null || tag == null || tag.isBlank() || tag.equals("latest")) {
                unpinned.add(e.getKey() + "=" + image);
            }
        });
        assertTrue(unpinned.isEmpty(), COMPOSE_FILE + ": images without a pinned tag: " + unpinned);
        assertEquals("apache/kafka:4.1.2", service(KAFKA).path("image").asText(), where(KAFKA, "image"));
        assertEquals("apache/kafka:4.1.2", service(TOPIC_JOB).path("image").asText(), where(TOPIC_JOB, "image"));
        assertEquals("postgres:17", service(POSTGRES).path("image").asText(), where(POSTGRES, "image"));
    }

    @Test
    void everyLongRunningContainerHasAHealthCheck() {
        List<String> missing = new ArrayList<>();
        compose.path("services").properties().forEach(e -> {
            if (isOneShotJob(e.getKey())) {
                return;
            }
            JsonNode health = e.getValue().path("healthcheck");
            JsonNode test = health.path("test");
            boolean disabled = health.path("disable").asBoolean(false)
                    || (test.isArray() && test.size() > 0 && "NONE".equals(test.get(0).asText()));
            if (health.isMissingNode() || disabled || test.isMissingNode() || test.isEmpty() && !test.isTextual()) {
                missing.add(e.getKey());
            }
        });
        assertTrue(missing.isEmpty(), COMPOSE_FILE + ": services without a health check: " + missing);
        assertTrue(isOneShotJob(TOPIC_JOB), where(TOPIC_JOB, "restart") + " must be \"no\" and every service must wait for it with "
                + "condition: service_completed_successfully");
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String test = healthCheck(s);
            int port = DeploymentFiles.httpPort(s);
            assertTrue(test.contains("http://localhost:" + port + "/q/health/ready"),
                    where(s, "healthcheck.test") + " must ask http://localhost:" + port + "/q/health/ready: " + test);
            assertTrue(test.startsWith("CMD curl") && test.contains("-f"), where(s, "healthcheck.test")
                    + " must run curl -f (fails on a 503 from /q/health/ready): " + test);
        }));
    }

    /** The health check's command as one string ("CMD curl -fsS ..."). */
    static String healthCheck(String service) {
        JsonNode test = service(service).path("healthcheck").path("test");
        if (test.isTextual()) {
            return test.asText();
        }
        List<String> words = new ArrayList<>();
        test.forEach(w -> words.add(w.asText()));
        return String.join(" ", words);
    }

    /** A container that runs once: no restart, and everything that depends on it waits for its exit code 0. */
    private static boolean isOneShotJob(String name) {
        if (!"no".equals(service(name).path("restart").asText("no"))) {
            return false;
        }
        List<String> conditions = new ArrayList<>();
        compose.path("services").forEach(other -> {
            JsonNode dep = other.path("depends_on").path(name);
            if (!dep.isMissingNode()) {
                conditions.add(dep.path("condition").asText(""));
            }
        });
        return !conditions.isEmpty() && conditions.stream().allMatch("service_completed_successfully"::equals);
    }

    @Test
    void servicesStartOnlyOnceKafkaPostgresAndTheTopicsAreReady() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            JsonNode deps = service(s).path("depends_on");
            assertEquals("service_healthy", deps.path(POSTGRES).path("condition").asText(null),
                    where(s, "depends_on." + POSTGRES + ".condition"));
            assertEquals("service_healthy", deps.path(KAFKA).path("condition").asText(null),
                    where(s, "depends_on." + KAFKA + ".condition"));
            assertEquals("service_completed_successfully", deps.path(TOPIC_JOB).path("condition").asText(null),
                    where(s, "depends_on." + TOPIC_JOB + ".condition"));
        }));
        assertEquals("service_healthy", service(TOPIC_JOB).path("depends_on").path(KAFKA).path("condition").asText(null),
                where(TOPIC_JOB, "depends_on." + KAFKA + ".condition"));
    }

    @Test
    void everyServiceUsesTheBrokerTheKafkaContainerAdvertises() {
        String advertised = env(KAFKA).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
        Set<String> endpoints = Arrays.stream(advertised.split(",")).map(l -> l.replaceFirst("^[A-Z_]+://", ""))
                .collect(Collectors.toSet());
        assertFalse(endpoints.isEmpty() || advertised.isBlank(), where(KAFKA, "environment.KAFKA_ADVERTISED_LISTENERS") + " is not set");
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String bootstrap = env(s).get("KAFKA_BOOTSTRAP_SERVERS");
            assertTrue(bootstrap != null && Arrays.stream(bootstrap.split(",")).allMatch(endpoints::contains),
                    where(s, "environment.KAFKA_BOOTSTRAP_SERVERS") + "=" + bootstrap + " is not a listener the broker advertises: "
                            + advertised);
        }));
        String jobBootstrap = env(TOPIC_JOB).get("KAP_BOOTSTRAP_SERVERS");
        assertTrue(jobBootstrap != null && endpoints.contains(jobBootstrap),
                where(TOPIC_JOB, "environment.KAP_BOOTSTRAP_SERVERS") + "=" + jobBootstrap + " is not an advertised listener: " + advertised);
    }

    @Test
    void eachServiceUsesItsOwnDatabaseAndUserAsCreatedByTheInitScript() {
        Path script = DeploymentFiles.file(POSTGRES_INIT_SCRIPT);
        assertTrue(Files.isRegularFile(script), POSTGRES_INIT_SCRIPT + " does not exist");
        Map<String, String> created = new LinkedHashMap<>();
        Matcher m = INIT_DATABASE.matcher(DeploymentFiles.read(script));
        while (m.find()) {
            assertTrue(created.put(m.group(1), m.group(2)) == null, POSTGRES_INIT_SCRIPT + " creates " + m.group(1) + " twice");
        }
        assertEquals(SERVICES.size(), created.size(),
                POSTGRES_INIT_SCRIPT + " must create one database per service, found " + created.keySet());

        boolean mounted = false;
        for (JsonNode volume : service(POSTGRES).path("volumes")) {
            String v = volume.isObject() ? volume.path("source").asText() + ":" + volume.path("target").asText() : volume.asText();
            String[] parts = v.split(":");
            if (parts.length >= 2 && parts[1].equals("/docker-entrypoint-initdb.d") && DeploymentFiles.repositoryRoot()
                    .resolve(parts[0]).normalize().equals(DeploymentFiles.file(POSTGRES_INIT_DIR).normalize())) {
                mounted = true;
            }
        }
        assertTrue(mounted, where(POSTGRES, "volumes") + " must mount ./" + POSTGRES_INIT_DIR + " at /docker-entrypoint-initdb.d");

        Map<String, String> postgresRaw = DeploymentFiles.rawEnvironment(service(POSTGRES));
        Set<String> databases = new TreeSet<>();
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> props = DeploymentFiles.prodProperties(s);
            DeploymentFiles.JdbcUrl own = DeploymentFiles.parseJdbcUrl(props.get("quarkus.datasource.jdbc.url"));
            assertNotNull(own, applicationPropertiesPath(s) + ": quarkus.datasource.jdbc.url is not a PostgreSQL URL");
            DeploymentFiles.JdbcUrl url = DeploymentFiles.parseJdbcUrl(env(s).get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertNotNull(url, where(s, "environment.QUARKUS_DATASOURCE_JDBC_URL") + " is not jdbc:postgresql://host:port/database");
            assertEquals(POSTGRES, url.host(), where(s, "environment.QUARKUS_DATASOURCE_JDBC_URL") + " must name the postgres container");
            assertEquals(5432, url.port(), where(s, "environment.QUARKUS_DATASOURCE_JDBC_URL") + " port");
            assertEquals(own.database(), url.database(), where(s, "environment.QUARKUS_DATASOURCE_JDBC_URL")
                    + " must name the service's own database (" + applicationPropertiesPath(s) + ")");
            assertTrue(databases.add(url.database()), "two services share the database " + url.database());
            String user = env(s).get("QUARKUS_DATASOURCE_USERNAME");
            assertEquals(props.get("quarkus.datasource.username"), user, where(s, "environment.QUARKUS_DATASOURCE_USERNAME"));
            assertTrue(created.containsKey(url.database()), POSTGRES_INIT_SCRIPT + " does not create database " + url.database());
            assertEquals(url.database(), user, POSTGRES_INIT_SCRIPT + " creates role = database name; "
                    + where(s, "environment.QUARKUS_DATASOURCE_USERNAME") + " must be " + url.database());
            String passwordVariable = created.get(url.database());
            String servicePassword = DeploymentFiles.rawEnvironment(service(s)).get("QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(servicePassword != null && servicePassword.startsWith("${" + passwordVariable + ":-"),
                    where(s, "environment.QUARKUS_DATASOURCE_PASSWORD") + " must be ${" + passwordVariable
                            + ":-...}, the variable " + POSTGRES_INIT_SCRIPT + " creates the role with: " + servicePassword);
            assertEquals(servicePassword, postgresRaw.get(passwordVariable), where(POSTGRES, "environment." + passwordVariable)
                    + " must be exactly the service's password expression (same variable, same default)");
        }));
    }

    @Test
    void theTopicJobCreatesExactlyTheTopicsTheServicesUse() {
        Map<String, String> job = env(TOPIC_JOB);
        Set<String> created = new TreeSet<>(Arrays.asList(job.getOrDefault("KAP_TOPICS", "").trim().split("\\s+")));
        created.remove("");
        Set<String> named = new TreeSet<>();
        Map<String, Set<String>> byService = new LinkedHashMap<>();
        for (String s : SERVICES) {
            Set<String> topics = DeploymentFiles.topicsOf(s);
            assertFalse(topics.isEmpty(), applicationPropertiesPath(s) + ": no topic= found (the topic check is broken?)");
            byService.put(s, topics);
            named.addAll(topics);
        }
        Set<String> contract = DeploymentFiles.asyncApiTopics();
        List<String> problems = new ArrayList<>();
        byService.forEach((s, topics) -> topics.stream().filter(t -> !created.contains(t))
                .forEach(t -> problems.add(t + " (named in " + applicationPropertiesPath(s) + ") is not created")));
        contract.stream().filter(t -> !created.contains(t))
                .forEach(t -> problems.add(t + " (a channel of " + DeploymentFiles.ASYNCAPI + ") is not created"));
        created.stream().filter(t -> !named.contains(t) && !contract.contains(t))
                .forEach(t -> problems.add(t + " is created but no service or contract uses it"));
        assertTrue(problems.isEmpty(), where(TOPIC_JOB, "environment.KAP_TOPICS") + ": " + problems);

        int partitions = Integer.parseInt(job.getOrDefault("KAP_TOPIC_PARTITIONS", "0"));
        assertTrue(partitions > 1, where(TOPIC_JOB, "environment.KAP_TOPIC_PARTITIONS")
                + " must give several partitions (keys are patient and session ids): " + partitions);
        String script = commandOf(TOPIC_JOB);
        for (String needed : List.of("kafka-topics.sh", "--create", "--if-not-exists", "$${KAP_TOPICS}", "$${KAP_TOPIC_PARTITIONS}",
                "$${KAP_BOOTSTRAP_SERVERS}", "set -e")) {
            assertTrue(script.contains(needed), where(TOPIC_JOB, "command") + " must use " + needed + ": " + script);
        }
    }

    private static String commandOf(String name) {
        StringBuilder all = new StringBuilder();
        for (String key : List.of("entrypoint", "command")) {
            JsonNode node = service(name).path(key);
            if (node.isArray()) {
                for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                    all.append(it.next().asText()).append(' ');
                }
            } else if (!node.isMissingNode()) {
                all.append(node.asText()).append(' ');
            }
        }
        return all.toString();
    }
}
