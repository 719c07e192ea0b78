package org.riverwoods.kap.testing.malformed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends malformed variants of every operation of a service's own OpenAPI document and collects what
 * a clinic must never see: a 5xx, an error that is not problem+json, or rows written by a refused
 * write. Seeded and reproducible ({@code kap.malformed.seed}); {@code kap.malformed.variants} caps the
 * variants per operation (small in CI, larger on demand).
 */
public final class MalformedInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private String token;
    private Supplier<Map<String, Long>> rowCounts;
    private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
    private long seed = Long.getLong("kap.malformed.seed", 20261204L);
    private int variantsPerOperation = Integer.getInteger("kap.malformed.variants", 40);

    private MalformedInput(URI base) {
        this.base = base;
    }

    public static MalformedInput against(URI base) {
        return new MalformedInput(base);
    }

    public MalformedInput token(String bearer) {
        this.token = bearer;
        return this;
    }

    /** Row counts per table, compared around every refused write. */
    public MalformedInput rowCounts(Supplier<Map<String, Long>> counts) {
        this.rowCounts = counts;
        return this;
    }

    /** A real value for a path parameter, so that requests reach the resource behind it. */
    public MalformedInput pathValue(String parameter, Supplier<String> value) {
        pathValues.put(parameter, value);
        return this;
    }

    public MalformedInput seed(long seed) {
        this.seed = seed;
        return this;
    }

    public MalformedInput variantsPerOperation(int variants) {
        this.variantsPerOperation = variants;
        return this;
    }

    public Report run() throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/q/openapi?format=json", null, null).body());
        Report report = new Report();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method) || isStream(op.getValue())) {
                    continue;
                }
                Operation operation = Operation.of(method, path.getKey(), op.getValue(), path.getValue(), document,
                        pathValues);
                List<Variant> variants = Variants.of(operation, new Random(seed ^ (method + path.getKey()).hashCode()));
                report.operations++;
                for (Variant variant : variants.subList(0, Math.min(variantsPerOperation, variants.size()))) {
                    exercise(operation, variant, report);
                }
            }
        }
        return report;
    }

    private void exercise(Operation operation, Variant variant, Report report) throws Exception {
        boolean write = !operation.method().equals("GET");
        Map<String, Long> before = write && rowCounts != null ? rowCounts.get() : null;
        HttpResponse<String> response = send(operation.method(), variant.uri(), variant.body(), variant.contentType());
        int status = response.statusCode();
        report.requests++;
        report.statuses.merge(status, 1, Integer::sum);
        String where = operation.method() + " " + operation.path() + " [" + variant.kind() + "]";
        if (status >= 500) {
            report.findings.add(where + ": " + status);
        } else if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                report.findings.add(where + ": " + status + " answered as '" + type + "', not problem+json");
            } else if (!isProblem(response.body())) {
                report.findings.add(where + ": " + status + " body is not problem details");
            }
            if (before != null) {
                Map<String, Long> after = rowCounts.get();
                if (!before.equals(after) && changedAgain(operation, variant)) {
                    report.findings.add(where + ": rows written by a refused write: " + difference(before, after));
                }
            }
        } else if (variant.mustRefuse()) {
            report.findings.add(where + ": accepted (" + status + ") though no contract allows it");
        } else {
            report.accepted++;
        }
    }

    /** Another request or a consumer may have written meanwhile: the write counts only if it happens again. */
    private boolean changedAgain(Operation operation, Variant variant) throws Exception {
        Thread.sleep(300);
        Map<String, Long> before = rowCounts.get();
        HttpResponse<String> response = send(operation.method(), variant.uri(), variant.body(), variant.contentType());
        return response.statusCode() >= 400 && !before.equals(rowCounts.get());
    }

    /** A server-sent event stream never ends: nothing to learn from it here. */
    private static boolean isStream(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProblem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.isObject() && problem.hasNonNull("status") && problem.hasNonNull("title");
        } catch (Exception e) {
            return false;
        }
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + n);
            }
        });
        return changed.toString();
    }

    private HttpResponse<String> send(String method, String uri, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!method.equals("GET")) {
            // version 0 matches a fresh resource, so that state-changing POSTs reach their validation too
            request.header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", "\"0\"");
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        return HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a run found; {@link #assertClean()} fails the test on any finding. */
    public static final class Report {
        int operations;
        int requests;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        int accepted;
        final List<String> findings = new ArrayList<>();

        public int operations() {
            return operations;
        }

        public int requests() {
            return requests;
        }

        public List<String> findings() {
            return findings;
        }

        public String summary() {
            return operations + " operations, " + requests + " malformed requests, statuses " + statuses
                    + ", " + accepted + " accepted as perhaps legal (a null or missing optional field, an unknown field)" + ", " + findings.size() + " findings";
        }

        public void assertClean() {
            if (!findings.isEmpty()) {
                throw new AssertionError(summary() + ":\n  " + String.join("\n  ",
                        findings.subList(0, Math.min(50, findings.size()))));
            }
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ObjectMapper json() {
        return JSON;
    }
}
