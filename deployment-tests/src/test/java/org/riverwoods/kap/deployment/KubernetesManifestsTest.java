package org.riverwoods.kap.deployment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.riverwoods.kap.deployment.DeploymentFiles.KUSTOMIZATION;
import static org.riverwoods.kap.deployment.DeploymentFiles.SERVICES;
import static org.riverwoods.kap.deployment.DeploymentFiles.applicationPropertiesPath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/kubernetes/ against every service's application.properties and docker-compose.yml.
 * Offline: reads the files kustomization.yaml lists, applies nothing.
 */
class KubernetesManifestsTest {

    record Resource(String file, JsonNode doc) {
        String kind() {
            return doc.path("kind").asText();
        }

        String name() {
            return doc.path("metadata").path("name").asText();
        }

        String where() {
            return "deploy/kubernetes/" + file + ": " + kind() + " " + name();
        }
    }

    private static JsonNode kustomization;
    private static List<Resource> resources;

    @BeforeAll
    static void readManifests() {
        Path file = DeploymentFiles.file(KUSTOMIZATION);
        assertTrue(Files.isRegularFile(file), KUSTOMIZATION + " does not exist");
        kustomization = DeploymentFiles.yaml(file);
        resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = file.getParent().resolve(entry.asText());
            if (!Files.isRegularFile(path)) {
                fail(KUSTOMIZATION + ": resources lists " + entry.asText() + ", which does not exist");
            }
            for (JsonNode doc : DeploymentFiles.yamlDocuments(path)) {
                resources.add(new Resource(entry.asText(), doc));
            }
        }
    }

    private static Resource find(String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(KUSTOMIZATION + ": no " + kind + " named " + name
                        + " in the files its resources list"));
    }

    private static JsonNode container(String service) {
        Resource deployment = find("Deployment", service);
        JsonNode containers = deployment.doc().path("spec").path("template").path("spec").path("containers");
        for (JsonNode c : containers) {
            if (service.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError(deployment.where() + ": no container named " + service);
    }

    private static String where(String service) {
        return "deploy/kubernetes: Deployment " + service;
    }

    /** A probe's or Service's port: a number, or the name of one of the container's ports. */
    private static int resolvePort(JsonNode port, JsonNode container, String where) {
        if (port.isInt() || port.asText().matches("\\d+")) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError(where + ": port '" + port.asText() + "' is not a port of the container");
    }

    /** What the container sees: every ConfigMap of envFrom, then env entries with a value. */
    private static Map<String, String> effectiveEnvironment(String service) {
        JsonNode c = container(service);
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : c.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText(null);
            if (name != null) {
                find("ConfigMap", name).doc().path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode e : c.path("env")) {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            } else if (e.has("valueFrom")) {
                env.put(e.path("name").asText(), "<valueFrom>");
            }
        }
        return env;
    }

    @Test
    void everyListedResourceParsesAndIsAKubernetesObject() {
        assertFalse(resources.isEmpty(), KUSTOMIZATION + ": resources is empty");
        assertAll(resources.stream().map(r -> (Executable) () -> {
            assertFalse(r.doc().path("apiVersion").asText().isBlank(), "deploy/kubernetes/" + r.file() + ": a document without apiVersion");
            assertFalse(r.kind().isBlank(), "deploy/kubernetes/" + r.file() + ": a document without kind");
            assertFalse(r.name().isBlank(), "deploy/kubernetes/" + r.file() + ": a " + r.kind() + " without metadata.name");
            assertFalse(r.kind().equals("Secret"), r.where() + ": Secrets are created by operators, never committed");
        }));
        assertEquals("riverwoods-kap", kustomization.path("namespace").asText(null), KUSTOMIZATION + ": namespace");
        assertTrue(resources.stream().anyMatch(r -> r.kind().equals("Namespace") && r.name().equals("riverwoods-kap")),
                KUSTOMIZATION + ": the Namespace riverwoods-kap is not among the resources");
        JsonNode labels = kustomization.path("labels");
        assertTrue(labels.isArray() && labels.size() > 0 && labels.get(0).path("pairs").size() > 0
                || kustomization.path("commonLabels").size() > 0, KUSTOMIZATION + ": no common labels");
    }

    @Test
    void everyServiceHasADeploymentAServiceAndAConfigMap() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            find("Deployment", s);
            find("Service", s);
            List<String> configMaps = new ArrayList<>();
            container(s).path("envFrom").forEach(f -> configMaps.add(f.path("configMapRef").path("name").asText()));
            assertFalse(configMaps.isEmpty(), where(s) + ": the container takes no ConfigMap (envFrom.configMapRef)");
            configMaps.forEach(name -> find("ConfigMap", name));
        }));
    }

    @Test
    void theContainerPortIsTheQuarkusPortAndTheProbesAskTheHealthEndpoints() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            int port = DeploymentFiles.httpPort(s);
            JsonNode c = container(s);
            List<Integer> ports = new ArrayList<>();
            c.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
            assertEquals(List.of(port), ports, where(s) + ": containerPort must be quarkus.http.port of " + applicationPropertiesPath(s));
            Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
            paths.forEach((probe, path) -> {
                JsonNode get = c.path(probe).path("httpGet");
                assertEquals(path, get.path("path").asText(null), where(s) + ": " + probe + ".httpGet.path");
                assertEquals(port, resolvePort(get.path("port"), c, where(s) + ": " + probe), where(s) + ": " + probe + ".httpGet.port");
            });
            JsonNode startup = c.path("startupProbe").path("httpGet");
            assertTrue(Set.of("/q/health/started", "/q/health/live", "/q/health/ready").contains(startup.path("path").asText()),
                    where(s) + ": startupProbe.httpGet.path must be a health endpoint: " + startup.path("path").asText(null));
            assertEquals(port, resolvePort(startup.path("port"), c, where(s) + ": startupProbe"), where(s) + ": startupProbe.httpGet.port");
        }));
    }

    @Test
    void theServiceSelectsThePodsAndTargetsTheContainerPort() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            JsonNode deployment = find("Deployment", s).doc();
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode matchLabels = deployment.path("spec").path("selector").path("matchLabels");
            assertTrue(matchLabels.size() > 0, where(s) + ": spec.selector.matchLabels is empty");
            matchLabels.properties().forEach(e -> assertEquals(e.getValue().asText(), podLabels.path(e.getKey()).asText(null),
                    where(s) + ": spec.selector.matchLabels." + e.getKey() + " does not match the pod template's labels"));
            Resource service = find("Service", s);
            JsonNode selector = service.doc().path("spec").path("selector");
            assertTrue(selector.size() > 0, service.where() + ": spec.selector is empty");
            selector.properties().forEach(e -> assertEquals(e.getValue().asText(), podLabels.path(e.getKey()).asText(null),
                    service.where() + ": spec.selector." + e.getKey() + " does not select the Deployment's pods"));
            JsonNode ports = service.doc().path("spec").path("ports");
            assertEquals(1, ports.size(), service.where() + ": expected one port");
            int target = resolvePort(ports.get(0).path("targetPort").isMissingNode() ? ports.get(0).path("port")
                    : ports.get(0).path("targetPort"), container(s), service.where() + ": targetPort");
            assertEquals(DeploymentFiles.httpPort(s), target, service.where() + ": targetPort must reach quarkus.http.port");
        }));
    }

    @Test
    void everyContainerHasResourceRequestsAndLimits() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            JsonNode resources = container(s).path("resources");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(resources.path(kind).path(resource).asText("").isBlank(),
                            where(s) + ": resources." + kind + "." + resource + " is not set");
                }
            }
        }));
    }

    @Test
    void theDatabasePasswordAndTheJwtKeyComeFromSecrets() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, JsonNode> env = new LinkedHashMap<>();
            container(s).path("env").forEach(e -> env.put(e.path("name").asText(), e));
            for (String variable : List.of("QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY")) {
                JsonNode e = env.get(variable);
                assertNotNull(e, where(s) + ": env " + variable + " is not set");
                assertFalse(e.has("value"), where(s) + ": env " + variable + " is written out; it must be a secretKeyRef");
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                assertFalse(ref.path("name").asText("").isBlank() || ref.path("key").asText("").isBlank(),
                        where(s) + ": env " + variable + " must be valueFrom.secretKeyRef with a name and a key");
            }
            Map<String, String> visible = effectiveEnvironment(s);
            assertFalse(visible.containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), where(s)
                    + ": sets both MP_JWT_VERIFY_PUBLICKEY and MP_JWT_VERIFY_PUBLICKEY_LOCATION (MicroProfile JWT: never both)");
            for (JsonNode from : container(s).path("envFrom")) {
                String name = from.path("configMapRef").path("name").asText(null);
                if (name != null) {
                    find("ConfigMap", name).doc().path("data").fieldNames().forEachRemaining(key -> assertFalse(
                            key.contains("PASSWORD") || key.equals("MP_JWT_VERIFY_PUBLICKEY"),
                            "deploy/kubernetes: ConfigMap " + name + "." + key + " belongs in a Secret"));
                }
            }
        }));
    }

    @Test
    void everySettingThatPointsAtLocalhostIsOverriddenAndTheServiceHasItsOwnDatabase() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            Map<String, String> env = effectiveEnvironment(s);
            Map<String, String> local = DeploymentFiles.localhostProperties(s);
            assertFalse(local.isEmpty(), applicationPropertiesPath(s) + ": no localhost settings found (is the check broken?)");
            local.forEach((property, value) -> {
                String variable = DeploymentFiles.envName(property);
                assertTrue(env.containsKey(variable), where(s) + ": " + variable + " is not set (ConfigMap or env); "
                        + applicationPropertiesPath(s) + " has " + property + "=" + value);
                assertFalse(DeploymentFiles.pointsAtLocalhost(env.get(variable)), where(s) + ": " + variable + " points at localhost");
            });
            assertEquals(String.valueOf(DeploymentFiles.httpPort(s)), env.get("QUARKUS_HTTP_PORT"), where(s) + ": QUARKUS_HTTP_PORT");
            assertFalse(env.getOrDefault("MP_JWT_VERIFY_ISSUER", "").isBlank(), where(s) + ": MP_JWT_VERIFY_ISSUER is not set");
            Map<String, String> props = DeploymentFiles.prodProperties(s);
            DeploymentFiles.JdbcUrl own = DeploymentFiles.parseJdbcUrl(props.get("quarkus.datasource.jdbc.url"));
            DeploymentFiles.JdbcUrl url = DeploymentFiles.parseJdbcUrl(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertNotNull(url, where(s) + ": QUARKUS_DATASOURCE_JDBC_URL is not a PostgreSQL URL: " + env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(own.database(), url.database(), where(s) + ": QUARKUS_DATASOURCE_JDBC_URL must name the service's own database");
            assertEquals(props.get("quarkus.datasource.username"), env.get("QUARKUS_DATASOURCE_USERNAME"),
                    where(s) + ": QUARKUS_DATASOURCE_USERNAME");
            Map<String, String> known = DeploymentFiles.envNamesToProperties(s);
            env.keySet().stream().filter(DeploymentFiles::looksLikeServiceConfiguration).forEach(variable -> assertTrue(
                    known.containsKey(variable), where(s) + ": " + variable + " overrides nothing in " + applicationPropertiesPath(s)));
        }));
    }

    @Test
    void podsRunAsNonRootWithAWritableTmp() {
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            JsonNode pod = find("Deployment", s).doc().path("spec").path("template").path("spec");
            JsonNode c = container(s);
            JsonNode podSecurity = pod.path("securityContext");
            JsonNode security = c.path("securityContext");
            boolean nonRoot = security.has("runAsNonRoot") ? security.path("runAsNonRoot").asBoolean()
                    : podSecurity.path("runAsNonRoot").asBoolean(false);
            assertTrue(nonRoot, where(s) + ": securityContext.runAsNonRoot must be true");
            JsonNode uid = security.has("runAsUser") ? security.path("runAsUser") : podSecurity.path("runAsUser");
            assertTrue(uid.isMissingNode() || uid.asInt() != 0, where(s) + ": runAsUser 0 is root");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where(s) + ": allowPrivilegeEscalation must be false");
            if (security.path("readOnlyRootFilesystem").asBoolean(false)) {
                String volume = null;
                for (JsonNode m : c.path("volumeMounts")) {
                    if ("/tmp".equals(m.path("mountPath").asText())) {
                        volume = m.path("name").asText();
                    }
                }
                assertNotNull(volume, where(s) + ": the root filesystem is read-only but nothing is mounted at /tmp");
                boolean emptyDir = false;
                for (JsonNode v : pod.path("volumes")) {
                    emptyDir |= volume.equals(v.path("name").asText()) && v.has("emptyDir");
                }
                assertTrue(emptyDir, where(s) + ": /tmp must be an emptyDir volume");
            }
        }));
    }

    @Test
    void imagesAreTheOnesDockerComposeBuilds() {
        JsonNode compose = DeploymentFiles.compose();
        Map<String, String> kustomizeTags = new LinkedHashMap<>();
        kustomization.path("images").forEach(i -> kustomizeTags.put(i.path("name").asText(), i.path("newTag").asText(null)));
        assertAll(SERVICES.stream().map(s -> (Executable) () -> {
            String composeImage = DeploymentFiles.withDefaults(DeploymentFiles.composeService(compose, s).path("image").asText());
            String repository = DeploymentFiles.imageRepository(composeImage);
            String image = container(s).path("image").asText();
            assertEquals(repository, DeploymentFiles.imageRepository(image),
                    where(s) + ": image must be docker-compose.yml's " + repository);
            assertTrue(kustomizeTags.containsKey(repository), KUSTOMIZATION + ": images has no entry for " + repository);
            assertEquals(DeploymentFiles.imageTag(composeImage), kustomizeTags.get(repository),
                    KUSTOMIZATION + ": images." + repository + ".newTag must be docker-compose.yml's default tag");
        }));
    }
}
