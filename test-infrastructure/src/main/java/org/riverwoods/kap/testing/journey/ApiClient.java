package org.riverwoods.kap.testing.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The REST calls of a journey: JSON in, JSON out, a bearer token on every call. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiResponse get(String url, String token) {
        return send("GET", url, token, null, Map.of());
    }

    public ApiResponse post(String url, String token, String jsonBody) {
        return send("POST", url, token, jsonBody, Map.of());
    }

    public ApiResponse post(String url, String token, String jsonBody, Map<String, String> headers) {
        return send("POST", url, token, jsonBody, headers);
    }

    public ApiResponse put(String url, String token, String jsonBody) {
        return send("PUT", url, token, jsonBody, Map.of());
    }

    public ApiResponse put(String url, String token, String jsonBody, Map<String, String> headers) {
        return send("PUT", url, token, jsonBody, headers);
    }

    public ApiResponse send(String method, String url, String token, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        String call = method + " " + URI.create(url).getPath();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(call, response.statusCode(), response.headers(), parse(response.body()));
        } catch (IOException e) {
            throw new JourneyFailure(call + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure(call + " interrupted", e);
        }
    }

    /** A response body as JSON: missing when empty, a text node when it is not JSON (a proxy's plain-text error). */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body); // e.g. a plain-text error of a proxy
        }
    }
}
