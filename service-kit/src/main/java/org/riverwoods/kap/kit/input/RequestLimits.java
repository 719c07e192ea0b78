package org.riverwoods.kap.kit.input;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers an over-long URI (414) or an over-large declared body (413) in problem+json, before any
 * resource reads it. The HTTP layer's own limits ({@code quarkus.http.limits.*}) are set above
 * these in the kit's defaults, so that a client meets these answers, not a bare text reply.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "kap.input.max-uri-length")
    int maxUriLength;

    @ConfigProperty(name = "kap.input.max-body-bytes")
    long maxBodyBytes;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, Problem.of(ProblemType.URI_TOO_LONG,
                    "The request URI is longer than " + maxUriLength + " characters"));
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLongerThan(length, maxBodyBytes)) {
            refuse(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        context.next();
    }

    private static boolean isLongerThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
