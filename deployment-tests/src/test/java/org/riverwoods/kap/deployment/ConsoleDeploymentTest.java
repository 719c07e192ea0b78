package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.riverwoods.kap.deployment.DeploymentFiles.COMPOSE_FILE;
import static org.riverwoods.kap.deployment.DeploymentFiles.KUSTOMIZATION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The clinic console (clinic-console/, port 8080) in docker-compose.yml, deploy/kubernetes/ and its
 * Dockerfile. It is not one of {@link DeploymentFiles#SERVICES} (no database, no Kafka, no metrics),
 * so the per-service checks leave it out and this test holds what it needs: the four services' URLs,
 * the OIDC sign-in with its client secret from a secret, and never the development sign-in.
 */
class ConsoleDeploymentTest {

    static final String CONSOLE = "clinic-console";
    static final int PORT = 8080;
    /** The environment variable of each service's URL and where it must point. */
    static final Map<String, String> SERVICE_URLS = new LinkedHashMap<>();
    static {
        SERVICE_URLS.put("KAP_CONSOLE_SERVICES_INTAKE_URL", "http://intake-service:8081");
        SERVICE_URLS.put("KAP_CONSOLE_SERVICES_TREATMENT_URL", "http://treatment-service:8082");
        SERVICE_URLS.put("KAP_CONSOLE_SERVICES_INFUSION_URL", "http://infusion-service:8083");
        SERVICE_URLS.put("KAP_CONSOLE_SERVICES_OUTCOMES_URL", "http://outcomes-service:8084");
    }
    static final String CLIENT_SECRET = "QUARKUS_OIDC_CREDENTIALS_SECRET";
    static final String REDIRECT_PATH = "QUARKUS_OIDC_AUTHENTICATION_REDIRECT_PATH";

    // --- the console's own configuration ---

    @Test
    void theUrlVariablesAndThePortAreTheConsolesOwnSettings() {
        assertEquals(PORT, DeploymentFiles.httpPort(CONSOLE), DeploymentFiles.applicationPropertiesPath(CONSOLE) + ": quarkus.http.port");
        Map<String, String> known = DeploymentFiles.envNamesToProperties(CONSOLE);
        SERVICE_URLS.keySet().forEach(v -> assertTrue(known.containsKey(v),
                v + " overrides nothing in " + DeploymentFiles.applicationPropertiesPath(CONSOLE)));
        assertEquals("false", DeploymentFiles.prodProperties(CONSOLE).get("kap.console.dev-sign-in.enabled"),
                DeploymentFiles.applicationPropertiesPath(CONSOLE) + ": the development sign-in must be off by default");
    }

    // --- docker-compose.yml ---

    @Test
    void composeDefinesTheConsoleWithOidcAndTheServiceUrls() {
        JsonNode compose = DeploymentFiles.compose();
        JsonNode console = DeploymentFiles.composeService(compose, CONSOLE);
        String where = COMPOSE_FILE + ": services." + CONSOLE;
        assertEquals("riverwoods-kap/" + CONSOLE + ":${KAP_VERSION:-" + DeploymentFiles.projectVersion() + "}",
                console.path("image").asText(null), where + ".image");
        Path root = DeploymentFiles.repositoryRoot();
        assertEquals(root.resolve(CONSOLE).normalize(), root.resolve(console.path("build").path("context").asText("")).normalize(),
                where + ".build.context");
        assertEquals(DeploymentFiles.DOCKERFILE, console.path("build").path("dockerfile").asText(null), where + ".build.dockerfile");
        for (String s : DeploymentFiles.SERVICES) {
            assertEquals("service_healthy", console.path("depends_on").path(s).path("condition").asText(null),
                    where + ".depends_on." + s + ".condition");
        }
        List<String> ports = new ArrayList<>();
        console.path("ports").forEach(p -> ports.add(p.asText()));
        assertEquals(List.of(PORT + ":" + PORT), ports, where + ".ports");
        assertTrue(console.path("read_only").asBoolean(false), where + ".read_only");
        List<String> health = new ArrayList<>();
        console.path("healthcheck").path("test").forEach(w -> health.add(w.asText()));
        assertTrue(String.join(" ", health).startsWith("CMD curl") && health.contains("http://localhost:" + PORT + "/q/health/ready"),
                where + ".healthcheck.test must curl http://localhost:" + PORT + "/q/health/ready: " + health);

        Map<String, String> env = DeploymentFiles.defaultEnvironment(console);
        assertEquals(String.valueOf(PORT), env.get("QUARKUS_HTTP_PORT"), where + ".environment.QUARKUS_HTTP_PORT");
        SERVICE_URLS.forEach((v, url) -> assertEquals(url, env.get(v), where + ".environment." + v));
        noDevelopmentSignIn(env, where + ".environment");
        for (String v : List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID")) {
            assertFalse(env.getOrDefault(v, "").isBlank(), where + ".environment." + v + " is not set");
        }
        assertEquals("/", env.get(REDIRECT_PATH), where + ".environment." + REDIRECT_PATH
                + ": one redirect URI, <host>/, is registered at the identity provider");

        // The client secret: never written in the environment, a compose secret exported just before the JVM starts.
        assertFalse(env.containsKey(CLIENT_SECRET), where + ".environment." + CLIENT_SECRET
                + " must not be written out: it comes from a compose secret");
        List<String> mounted = new ArrayList<>();
        console.path("secrets").forEach(n -> mounted.add(n.isObject() ? n.path("source").asText() : n.asText()));
        assertEquals(1, mounted.size(), where + ".secrets must mount the OIDC client secret: " + mounted);
        String secret = mounted.get(0);
        assertNotNull(compose.path("secrets").path(secret).path("file").textValue(), COMPOSE_FILE + ": secrets." + secret + ".file");
        String file = DeploymentFiles.withDefaults(compose.path("secrets").path(secret).path("file").asText());
        assertTrue(Files.isRegularFile(root.resolve(file)), COMPOSE_FILE + ": secrets." + secret + ".file default " + file + " does not exist");
        StringBuilder entrypoint = new StringBuilder();
        console.path("entrypoint").forEach(w -> entrypoint.append(w.asText()).append(' '));
        assertTrue(entrypoint.toString().contains("export " + CLIENT_SECRET + "=\"$$(cat /run/secrets/" + secret + ")\"")
                && entrypoint.toString().contains("exec /opt/jboss/container/java/run/run-java.sh"),
                where + ".entrypoint must export " + CLIENT_SECRET + " from /run/secrets/" + secret + " and exec run-java.sh: " + entrypoint);
        assertFalse(console.has("command"), where + ".command would replace the image's arguments");
    }

    // --- deploy/kubernetes/ ---

    @Test
    void kubernetesDefinesTheConsoleWithOidcAndTheServiceUrls() {
        Path kustomizationFile = DeploymentFiles.file(KUSTOMIZATION);
        JsonNode kustomization = DeploymentFiles.yaml(kustomizationFile);
        List<JsonNode> docs = new ArrayList<>();
        kustomization.path("resources")
                .forEach(r -> docs.addAll(DeploymentFiles.yamlDocuments(kustomizationFile.getParent().resolve(r.asText()))));
        String where = "deploy/kubernetes: Deployment " + CONSOLE;
        JsonNode deployment = find(docs, "Deployment", CONSOLE);
        find(docs, "Service", CONSOLE);
        JsonNode container = null;
        for (JsonNode c : deployment.path("spec").path("template").path("spec").path("containers")) {
            if (CONSOLE.equals(c.path("name").asText())) {
                container = c;
            }
        }
        assertNotNull(container, where + ": no container named " + CONSOLE);
        assertEquals("riverwoods-kap/" + CONSOLE, DeploymentFiles.imageRepository(container.path("image").asText()), where + ": image");
        assertEquals(PORT, container.path("ports").path(0).path("containerPort").asInt(), where + ": containerPort");
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(null), where + ": readinessProbe");
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(null), where + ": livenessProbe");
        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)
                && !container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true), where + ": securityContext");
        assertTrue(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsNonRoot").asBoolean(false),
                where + ": runAsNonRoot");
        assertFalse(container.path("resources").path("limits").path("memory").asText("").isBlank(), where + ": resources.limits.memory");

        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText(null);
            if (name != null) {
                find(docs, "ConfigMap", name).path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        }
        JsonNode secretEnv = null;
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            env.put(name, e.has("value") ? e.path("value").asText() : "<valueFrom>");
            if (CLIENT_SECRET.equals(name)) {
                secretEnv = e;
            }
        }
        assertEquals(String.valueOf(PORT), env.get("QUARKUS_HTTP_PORT"), where + ": QUARKUS_HTTP_PORT");
        SERVICE_URLS.forEach((v, url) -> assertEquals(url, env.get(v), where + ": " + v));
        noDevelopmentSignIn(env, where);
        for (String v : List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID")) {
            assertFalse(env.getOrDefault(v, "").isBlank(), where + ": " + v + " is not set");
        }
        assertEquals("/", env.get(REDIRECT_PATH), where + ": " + REDIRECT_PATH
                + ": one redirect URI, https://<host>/, is registered at the identity provider");
        assertEquals("true", env.get("QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME"),
                where + ": QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME (TLS ends at the ingress)");
        assertNotNull(secretEnv, where + ": env " + CLIENT_SECRET + " is not set");
        JsonNode ref = secretEnv.path("valueFrom").path("secretKeyRef");
        assertFalse(secretEnv.has("value") || ref.path("name").asText("").isBlank() || ref.path("key").asText("").isBlank(),
                where + ": env " + CLIENT_SECRET + " must be valueFrom.secretKeyRef with a name and a key");

        Map<String, String> tags = new LinkedHashMap<>();
        kustomization.path("images").forEach(i -> tags.put(i.path("name").asText(), i.path("newTag").asText(null)));
        assertEquals(DeploymentFiles.projectVersion(), tags.get("riverwoods-kap/" + CONSOLE), KUSTOMIZATION + ": images riverwoods-kap/" + CONSOLE);
    }

    private static JsonNode find(List<JsonNode> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(KUSTOMIZATION + ": no " + kind + " named " + name
                        + " in the files its resources list"));
    }

    /** The development sign-in is for the local platform only; OIDC is never turned off. */
    private static void noDevelopmentSignIn(Map<String, String> env, String where) {
        env.keySet().stream().filter(k -> k.startsWith("KAP_CONSOLE_DEV_SIGN_IN_")).findAny()
                .ifPresent(k -> fail(where + " sets " + k + ": the development sign-in is for the local platform only"));
        String oidc = env.get("KAP_CONSOLE_OIDC_ENABLED");
        assertTrue(oidc == null || oidc.strip().toLowerCase(Locale.ROOT).equals("true"),
                where + " sets KAP_CONSOLE_OIDC_ENABLED=" + oidc + ": the OIDC sign-in is never turned off there");
        env.keySet().stream().filter(k -> k.startsWith("QUARKUS_OIDC_TENANT_ENABLED") || k.startsWith("QUARKUS_HTTP_AUTH_PERMISSION_PAGES"))
                .findAny().ifPresent(k -> fail(where + " sets " + k + ": the pages must require the OIDC sign-in"));
    }

    // --- the Dockerfile ---

    @Test
    void theImageExposes8080AndRunsAsANonRootUser() {
        Path file = DeploymentFiles.dockerfile(CONSOLE);
        assertTrue(Files.isRegularFile(file), CONSOLE + "/" + DeploymentFiles.DOCKERFILE + " does not exist");
        List<DockerfilesTest.Instruction> instructions = DockerfilesTest.parse(CONSOLE);
        List<String> exposed = instructions.stream().filter(i -> i.keyword().equals("EXPOSE"))
                .flatMap(i -> Stream.of(i.arguments().split("\\s+"))).map(p -> p.replaceAll("/tcp$", "")).toList();
        assertEquals(List.of(String.valueOf(PORT)), exposed, CONSOLE + "/" + DeploymentFiles.DOCKERFILE + ": EXPOSE");
        List<DockerfilesTest.Instruction> users = instructions.stream().filter(i -> i.keyword().equals("USER")).toList();
        assertFalse(users.isEmpty(), CONSOLE + "/" + DeploymentFiles.DOCKERFILE + ": no USER");
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertTrue(user.matches("\\d+") && !user.equals("0"), CONSOLE + "/" + DeploymentFiles.DOCKERFILE + ": USER must be numeric non-root");
        assertEquals("/deployments/quarkus-run.jar", DockerfilesTest.env(instructions).get("JAVA_APP_JAR"),
                CONSOLE + "/" + DeploymentFiles.DOCKERFILE + ": JAVA_APP_JAR");
        assertTrue(instructions.stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().startsWith("curl ")),
                CONSOLE + "/" + DeploymentFiles.DOCKERFILE + ": the compose health check's curl must be checked by the build");
    }
}
