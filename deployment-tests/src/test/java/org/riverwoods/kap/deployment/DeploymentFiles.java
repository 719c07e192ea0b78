package org.riverwoods.kap.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The deployment files and the services' own configuration, read from the repository's file system
 * (never from the class path), shared by the offline checks and the container smoke test.
 */
final class DeploymentFiles {

    static final List<String> SERVICES = List.of("intake-service", "treatment-service", "infusion-service",
            "outcomes-service");

    static final String COMPOSE_FILE = "docker-compose.yml";
    /** Each service's Dockerfile, relative to its module directory (= the build context). */
    static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    static final String KUSTOMIZATION = "deploy/kubernetes/kustomization.yaml";
    static final String POSTGRES_INIT_DIR = "deploy/compose/postgres-init";
    static final String POSTGRES_INIT_SCRIPT = POSTGRES_INIT_DIR + "/10-service-databases.sh";
    static final String DEV_PUBLIC_KEY = "test-infrastructure/src/main/resources/dev-jwt/publicKey.pem";
    static final String ASYNCAPI = "contracts/asyncapi.yaml";

    /** Compose service names of the infrastructure. */
    static final String KAFKA = "kafka";
    static final String POSTGRES = "postgres";
    static final String TOPIC_JOB = "kafka-topics";

    /** Settings a service may be given although its application.properties does not name them. */
    static final Set<String> EXTRA_PROPERTIES = Set.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern LOCALHOST = Pattern.compile("(?i)localhost|127\\.0\\.0\\.1|\\[::1\\]");
    private static final Pattern TOPIC_KEY = Pattern
            .compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic)");
    private static final Pattern COMPOSE_VARIABLE = Pattern
            .compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\\}");
    private static final Pattern JDBC_POSTGRES = Pattern
            .compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?/]+)(?:\\?.*)?");

    private static Path root;

    private DeploymentFiles() {
    }

    // --- where things are ---

    /**
     * The repository root: the first folder at or above {@code user.dir} that holds the root pom.xml,
     * deployment-tests/ and the four service modules (Maven runs the tests in deployment-tests/, an
     * IDE may run them from the root).
     */
    static synchronized Path repositoryRoot() {
        if (root == null) {
            Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (isRepositoryRoot(dir)) {
                    root = dir;
                    return root;
                }
            }
            throw new IllegalStateException("No repository root (a folder with pom.xml, deployment-tests/pom.xml and "
                    + SERVICES + ") at or above user.dir=" + start);
        }
        return root;
    }

    private static boolean isRepositoryRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("deployment-tests/pom.xml"))
                && SERVICES.stream().allMatch(s -> Files.isDirectory(dir.resolve(s)));
    }

    static Path file(String relativeToRoot) {
        return repositoryRoot().resolve(relativeToRoot);
    }

    static Path moduleDir(String service) {
        return file(service);
    }

    static Path dockerfile(String service) {
        return moduleDir(service).resolve(DOCKERFILE);
    }

    static String applicationPropertiesPath(String service) {
        return service + "/src/main/resources/application.properties";
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    // --- the services' application.properties ---

    /** Every key and value of the file, %profile keys included. */
    static Map<String, String> allProperties(String service) {
        Path path = file(applicationPropertiesPath(service));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        Map<String, String> all = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> all.put(k, properties.getProperty(k).trim()));
        return all;
    }

    /** The settings the production profile sees: every key without a {@code %profile.} prefix. */
    static Map<String, String> prodProperties(String service) {
        Map<String, String> prod = new TreeMap<>();
        allProperties(service).forEach((k, v) -> {
            if (!k.startsWith("%")) {
                prod.put(k, v);
            }
        });
        return prod;
    }

    /** Every property name the file mentions in any profile (prefix stripped), plus the known extras. */
    static Set<String> knownPropertyNames(String service) {
        Set<String> names = new TreeSet<>(EXTRA_PROPERTIES);
        for (String key : allProperties(service).keySet()) {
            names.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        return names;
    }

    /** Production settings whose value points at this machine: a container must override each. */
    static Map<String, String> localhostProperties(String service) {
        Map<String, String> local = new TreeMap<>();
        prodProperties(service).forEach((k, v) -> {
            if (pointsAtLocalhost(v)) {
                local.put(k, v);
            }
        });
        return local;
    }

    static boolean pointsAtLocalhost(String value) {
        return value != null && LOCALHOST.matcher(value).find();
    }

    static int httpPort(String service) {
        String port = prodProperties(service).get("quarkus.http.port");
        if (port == null) {
            throw new AssertionError(applicationPropertiesPath(service) + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port);
    }

    /** Every topic the service's channels name: {@code ...topic=} and {@code ...dead-letter-queue.topic=}. */
    static Set<String> topicsOf(String service) {
        Set<String> topics = new TreeSet<>();
        prodProperties(service).forEach((k, v) -> {
            if (TOPIC_KEY.matcher(k).matches()) {
                topics.add(v);
            }
        });
        return topics;
    }

    /** The environment variable that overrides a property (SmallRye Config: non-alphanumerics to _, upper case). */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Maps each environment variable name a service understands back to its property. */
    static Map<String, String> envNamesToProperties(String service) {
        Map<String, String> byEnv = new TreeMap<>();
        knownPropertyNames(service).forEach(p -> byEnv.put(envName(p), p));
        return byEnv;
    }

    /** Environment variables that look like configuration of a service (and so must name a real setting). */
    static boolean looksLikeServiceConfiguration(String envName) {
        return envName.startsWith("QUARKUS_") || envName.startsWith("KAFKA_") || envName.startsWith("MP_")
                || envName.startsWith("KAP_") || envName.startsWith("SMALLRYE_");
    }

    record JdbcUrl(String host, int port, String database) {
    }

    static JdbcUrl parseJdbcUrl(String url) {
        Matcher m = url == null ? null : JDBC_POSTGRES.matcher(url);
        if (m == null || !m.matches()) {
            return null;
        }
        return new JdbcUrl(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3));
    }

    // --- YAML ---

    static JsonNode yaml(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new AssertionError(file + " is empty");
            }
            return node;
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Every document of a multi-document YAML file (empty documents skipped). */
    static List<JsonNode> yamlDocuments(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class)
                .readValues(YAML.getFactory().createParser(file.toFile()))) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !doc.isEmpty()) {
                    documents.add(doc);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(file + " is not valid (multi-document) YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static Set<String> asyncApiTopics() {
        JsonNode channels = yaml(file(ASYNCAPI)).path("channels");
        Set<String> topics = new TreeSet<>();
        for (Iterator<JsonNode> it = channels.elements(); it.hasNext();) {
            String address = it.next().path("address").asText(null);
            if (address != null) {
                topics.add(address);
            }
        }
        if (topics.isEmpty()) {
            throw new AssertionError(ASYNCAPI + ": no channels with an address");
        }
        return topics;
    }

    // --- docker-compose.yml ---

    static JsonNode compose() {
        return yaml(file(COMPOSE_FILE));
    }

    static JsonNode composeService(JsonNode compose, String name) {
        JsonNode service = compose.path("services").path(name);
        if (!service.isObject()) {
            throw new AssertionError(COMPOSE_FILE + ": services." + name + " is missing");
        }
        return service;
    }

    /** A compose service's environment as written (map or list form), values not interpolated. */
    static Map<String, String> rawEnvironment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isObject()) {
            environment.properties().forEach(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String s = entry.asText();
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** The same environment with every {@code ${VAR:-default}} replaced by its default, as compose would with nothing set. */
    static Map<String, String> defaultEnvironment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        rawEnvironment(service).forEach((k, v) -> env.put(k, v == null ? null : withDefaults(v)));
        return env;
    }

    /**
     * Interpolates a compose value as if no variable were set: {@code ${VAR:-default}} and {@code ${VAR-default}}
     * become their default, {@code $$} a single {@code $}. A variable without a default fails: the file must
     * work out of the box.
     */
    static String withDefaults(String value) {
        Matcher m = COMPOSE_VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else if (m.group(2) != null && m.group(2).endsWith("-")) {
                replacement = m.group(3);
            } else {
                throw new AssertionError(COMPOSE_FILE + ": ${" + m.group(1) + "} in '" + value
                        + "' has no default (write ${" + m.group(1) + ":-default})");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The project version, from the parent of deployment-tests/pom.xml (read-only). */
    static String projectVersion() {
        String pom = read(file("deployment-tests/pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>\\s*([^<\\s]+)\\s*</version>", Pattern.DOTALL).matcher(pom);
        if (!m.find()) {
            throw new AssertionError("deployment-tests/pom.xml: no <parent><version>");
        }
        return m.group(1);
    }

    /** The image repository of a reference {@code repo:tag} (a registry port is not a tag). */
    static String imageRepository(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    static String imageTag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : null;
    }
}
