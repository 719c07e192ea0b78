package org.riverwoods.kap.console.chairboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceAnswer;
import org.riverwoods.kap.console.services.ServiceCalls;
import org.riverwoods.kap.console.services.ServiceNotAnswering;
import org.riverwoods.kap.console.services.ServiceSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads from infusion-service (and intake-service, for the patient's name) with a token held by the caller: the live board re-renders tiles on a
 * worker thread, outside the request that knew the signed-in user.
 */
@ApplicationScoped
public class InfusionCalls {

    @Inject
    ServiceCalls services;

    @Inject
    ServiceSettings settings;

    @Inject
    ObjectMapper json;

    public ServiceAnswer get(String token, String path) {
        return get(Service.INFUSION, token, path);
    }

    /** The patient's name on the tile comes from intake-service, with the same token. */
    public ServiceAnswer get(Service service, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl(service) + path))
                .timeout(settings.timeout())
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = services.http().send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
            return new ServiceAnswer(service, response.statusCode(), body,
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new ServiceNotAnswering(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceNotAnswering(service, e);
        }
    }
}
