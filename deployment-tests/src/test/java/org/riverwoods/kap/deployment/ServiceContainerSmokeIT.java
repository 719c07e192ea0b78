package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds each service's image from its Dockerfile.jvm and target/quarkus-app, starts it on one
 * network with PostgreSQL (initialised by deploy/compose's script) and Kafka (topics from the
 * compose topic job), with docker-compose.yml's environment and the development public key, and
 * asks its health endpoints. Skips itself where no Docker engine runs. Run after
 * {@code ./mvnw package} (failsafe does, in the integration-test phase).
 */
@Testcontainers(disabledWithoutDocker = true)
class ServiceContainerSmokeIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    /** Kafka's listener for the other containers of the test network. */
    private static final String KAFKA_ON_NETWORK = DeploymentFiles.KAFKA + ":19092";
    private static final String JWT_SECRET_PATH = "/run/secrets/kap_jwt_public_key";

    private static Network network;
    private static PostgreSQLContainer postgres;
    private static KafkaContainer kafka;
    private static JsonNode compose;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<String> services() {
        return DeploymentFiles.SERVICES;
    }

    @BeforeAll
    static void startInfrastructure() throws Exception {
        compose = DeploymentFiles.compose();
        network = Network.newNetwork();

        // PostgreSQL as in docker-compose.yml: image, superuser, the per-service passwords and the init script.
        JsonNode postgresService = DeploymentFiles.composeService(compose, DeploymentFiles.POSTGRES);
        Map<String, String> postgresEnv = DeploymentFiles.defaultEnvironment(postgresService);
        postgres = new PostgreSQLContainer(postgresService.path("image").asText())
                .withNetwork(network)
                .withNetworkAliases(DeploymentFiles.POSTGRES)
                .withDatabaseName(postgresEnv.getOrDefault("POSTGRES_DB", "postgres"))
                .withUsername(postgresEnv.getOrDefault("POSTGRES_USER", "postgres"))
                .withPassword(postgresEnv.getOrDefault("POSTGRES_PASSWORD", "postgres"))
                .withCopyFileToContainer(MountableFile.forHostPath(DeploymentFiles.file(DeploymentFiles.POSTGRES_INIT_SCRIPT), 0755),
                        "/docker-entrypoint-initdb.d/" + Path.of(DeploymentFiles.POSTGRES_INIT_SCRIPT).getFileName());
        postgresEnv.forEach((k, v) -> {
            if (k.startsWith("KAP_")) {
                postgres.withEnv(k, v);
            }
        });
        postgres.start();

        // Kafka: the compose image, plus a listener for the test network; then the compose job's topics.
        kafka = new KafkaContainer(DeploymentFiles.composeService(compose, DeploymentFiles.KAFKA).path("image").asText())
                .withNetwork(network)
                .withNetworkAliases(DeploymentFiles.KAFKA)
                .withListener(KAFKA_ON_NETWORK);
        kafka.start();
        Map<String, String> job = DeploymentFiles.defaultEnvironment(
                DeploymentFiles.composeService(compose, DeploymentFiles.TOPIC_JOB));
        for (String topic : job.get("KAP_TOPICS").trim().split("\\s+")) {
            var result = kafka.execInContainer("/opt/kafka/bin/kafka-topics.sh", "--bootstrap-server", KAFKA_ON_NETWORK,
                    "--create", "--if-not-exists", "--topic", topic, "--partitions", job.get("KAP_TOPIC_PARTITIONS"),
                    "--replication-factor", "1");
            assertEquals(0, result.getExitCode(), "creating topic " + topic + ": " + result.getStderr());
        }
    }

    @AfterAll
    static void stopInfrastructure() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theImageStartsAndReportsReadyAndLive(String service) throws Exception {
        Path module = DeploymentFiles.moduleDir(service);
        Path quarkusApp = module.resolve("target/quarkus-app");
        assertTrue(Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar")),
                service + "/target/quarkus-app is missing: run ./mvnw -B -DskipTests package first");
        int port = DeploymentFiles.httpPort(service);

        // Build context = the module directory, limited to what the Dockerfile copies (target/quarkus-app),
        // with the module's Dockerfile.jvm sent as the context's Dockerfile.
        ImageFromDockerfile image = new ImageFromDockerfile("riverwoods-kap/" + service + "-smoke-test:"
                + DeploymentFiles.projectVersion().toLowerCase(Locale.ROOT), true)
                .withFileFromPath("target/quarkus-app", quarkusApp)
                .withFileFromPath("Dockerfile", DeploymentFiles.dockerfile(service));

        JsonNode composeService = DeploymentFiles.composeService(compose, service);
        Map<String, String> env = new LinkedHashMap<>(DeploymentFiles.defaultEnvironment(composeService));
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA_ON_NETWORK);
        assertEquals("file:" + JWT_SECRET_PATH, env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                "docker-compose.yml: services." + service + ".environment.MP_JWT_VERIFY_PUBLICKEY_LOCATION");

        ToStringConsumer log = new ToStringConsumer();
        try (GenericContainer<?> container = new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases(service)
                .withEnv(env)
                // As compose's secret: the development public key, bind-mounted read-only.
                .withFileSystemBind(DeploymentFiles.file(DeploymentFiles.DEV_PUBLIC_KEY).toString(), JWT_SECRET_PATH,
                        BindMode.READ_ONLY)
                // As compose (read_only, tmpfs /tmp) and Kubernetes (readOnlyRootFilesystem, emptyDir /tmp).
                .withTmpFs(Map.of("/tmp", "rw"))
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withReadonlyRootfs(true))
                .withExposedPorts(port)
                .withLogConsumer(log)
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(port).forStatusCode(200).withStartupTimeout(STARTUP))) {
            try {
                container.start();
            } catch (RuntimeException e) {
                throw new AssertionError(service + " did not answer 200 on /q/health/ready within " + STARTUP
                        + "; the end of its log:\n" + tail(log.toUtf8String(), 60), e);
            }
            String base = "http://" + container.getHost() + ":" + container.getMappedPort(port);

            HttpResponse<String> ready = get(base + "/q/health/ready");
            assertEquals(200, ready.statusCode(), service + " /q/health/ready: " + ready.body());
            assertEquals("UP", status(ready.body()), service + " /q/health/ready: " + ready.body());

            HttpResponse<String> live = get(base + "/q/health/live");
            assertEquals(200, live.statusCode(), service + " /q/health/live: " + live.body());
            assertEquals("UP", status(live.body()), service + " /q/health/live: " + live.body());

            // The compose health check itself, run inside the container.
            List<String> check = new ArrayList<>();
            composeService.path("healthcheck").path("test").forEach(w -> check.add(w.asText()));
            assertEquals("CMD", check.get(0), "docker-compose.yml: services." + service + ".healthcheck.test");
            var result = container.execInContainer(check.subList(1, check.size()).toArray(String[]::new));
            assertEquals(0, result.getExitCode(), service + ": the compose health check fails inside the container: "
                    + result.getStderr());
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The top-level "status" of a MicroProfile Health answer. */
    private static String status(String body) throws IOException {
        return new ObjectMapper().readTree(body).path("status").asText("<no top-level status>");
    }
}
