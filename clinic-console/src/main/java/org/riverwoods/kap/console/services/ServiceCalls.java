package org.riverwoods.kap.console.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.console.signin.ConsoleUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the services' REST APIs with the signed-in user's own bearer token, so each service applies
 * its own role rules and writes its own audit entries. The console never reaches a database.
 */
@ApplicationScoped
public class ServiceCalls {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    ServiceSettings settings;

    @Inject
    ConsoleUser user;

    @Inject
    ObjectMapper json;

    public ServiceAnswer get(Service service, String path) {
        return send(service, request(service, path).GET());
    }

    /** A creating POST; {@code idempotencyKey} (from the form) makes a double submit create once. */
    public ServiceAnswer post(Service service, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(service, path).POST(body(body)).header("Content-Type", "application/json");
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(service, request);
    }

    /**
     * A POST that changes a record only as the user read it (a plan's approval, amendment or status):
     * the ETag the page was rendered from goes in If-Match, and a change made meanwhile answers 412.
     */
    public ServiceAnswer postIfMatch(Service service, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(service, path).POST(body(body)).header("Content-Type", "application/json");
        if (ifMatch != null && !ifMatch.isBlank()) {
            request.header("If-Match", ifMatch);
        }
        return send(service, request);
    }

    /** A PUT with the ETag the form was rendered from: a change made meanwhile answers 412. */
    public ServiceAnswer put(Service service, String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(service, path).PUT(body(body)).header("Content-Type", "application/json");
        if (ifMatch != null && !ifMatch.isBlank()) {
            request.header("If-Match", ifMatch);
        }
        return send(service, request);
    }

    /** The raw response body, for the services' own exports (CSV). */
    public HttpResponse<byte[]> download(Service service, String path) {
        try {
            return http.send(request(service, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServiceNotAnswering(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceNotAnswering(service, e);
        }
    }

    /** A request with the user's token, for callers that stream (the chair board). */
    public HttpRequest.Builder request(Service service, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A service path starts with /");
        }
        return HttpRequest.newBuilder(URI.create(settings.baseUrl(service) + path))
                .timeout(settings.timeout())
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + user.token());
    }

    public HttpClient http() {
        return http;
    }

    private HttpRequest.BodyPublisher body(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not write the request body", e);
        }
    }

    private ServiceAnswer send(Service service, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ServiceNotAnswering(service, e);
        } catch (IOException e) {
            throw new ServiceNotAnswering(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceNotAnswering(service, e);
        }
        return new ServiceAnswer(service, response.statusCode(), ServiceAnswer.parse(response.body()),
                response.headers().firstValue("ETag").orElse(null));
    }
}
