package org.riverwoods.kap.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operations of a service's OpenAPI document ({@code /q/openapi?format=json}): "METHOD path" → whether it takes a body. */
final class AuthorizationOpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuthorizationOpenApi() {
    }

    static Map<String, Boolean> operations(String baseUrl) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(baseUrl + "/q/openapi answered " + answer.statusCode());
            }
            return operations(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + baseUrl + "/q/openapi", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + baseUrl + "/q/openapi", e);
        }
    }

    static Map<String, Boolean> operations(JsonNode document) {
        Map<String, Boolean> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue().has("requestBody"));
                }
            });
        }
        return operations;
    }

    /** What the matrix lacks and what it names that OpenAPI does not have, per service; empty when they agree. */
    static Map<String, String> differences(AuthorizationMatrix matrix, Map<String, Map<String, Boolean>> openApi) {
        Map<String, String> differences = new LinkedHashMap<>();
        openApi.forEach((service, operations) -> {
            Set<String> missing = new TreeSet<>(operations.keySet());
            missing.removeAll(matrix.keys(service));
            Set<String> unknown = new TreeSet<>(matrix.keys(service));
            unknown.removeAll(operations.keySet());
            if (!missing.isEmpty()) {
                differences.put(service + ": not in the matrix", String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                differences.put(service + ": in the matrix but not in OpenAPI", String.join(", ", unknown));
            }
        });
        Set<String> extraServices = new TreeSet<>(matrix.services().keySet());
        extraServices.removeAll(openApi.keySet());
        extraServices.forEach(s -> differences.put(s, "a section of the matrix for a service that is not running"));
        return differences;
    }
}
