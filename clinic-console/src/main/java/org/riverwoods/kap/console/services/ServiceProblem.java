package org.riverwoods.kap.console.services;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service's problem+json as a page shows it: a sentence for the whole form and, for each field
 * the service named, its message to print next to that field. Services never echo values, so
 * nothing here repeats what the user typed.
 */
public record ServiceProblem(int status, String title, String detail, Map<String, String> fields) {

    static ServiceProblem of(ServiceAnswer answer) {
        JsonNode body = answer.body();
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode violation : body.path("violations")) {
            String field = violation.path("field").asText("");
            String message = violation.path("message").asText("is not valid");
            fields.merge(shortField(field), message, (a, b) -> a + "; " + b);
        }
        String title = body.path("title").asText(defaultTitle(answer.status()));
        String detail = body.path("detail").asText("");
        return new ServiceProblem(answer.status(), title, detail, fields);
    }

    /** "record.body.weightKg" or "weightKg" → "weightKg": forms name inputs by the last part. */
    private static String shortField(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    private static String defaultTitle(int status) {
        return switch (status) {
            case 401 -> "Your session has ended; sign in again";
            case 403 -> "Your role may not do this";
            case 404 -> "Not found";
            case 409 -> "This conflicts with the record's current state";
            case 412 -> "Someone else changed this record; it was reloaded";
            case 503 -> "The service is not ready; try again shortly";
            default -> "The service refused this (HTTP " + status + ")";
        };
    }

    /** The message for one field, or null: {@code {problem.field('weightKg')}} in a template. */
    public String field(String name) {
        return fields.get(name);
    }

    /** The sentence for the top of the form. */
    public String message() {
        if (detail.isBlank()) {
            return title;
        }
        return detail.startsWith(title) ? detail : title + ": " + detail;
    }
}
