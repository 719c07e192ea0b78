package org.riverwoods.kap.testing.journey;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** One answer of a service's REST API: status, headers and the JSON body (a problem+json on errors). */
public record ApiResponse(String call, int status, HttpHeaders headers, JsonNode body) {

    /** This answer, if its status is one of {@code expected}; else a failure naming the call and the problem. */
    public ApiResponse expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            String why = body.path("detail").asText(body.path("title").asText(""));
            if (body.has("violations")) {
                why += " " + body.get("violations");
            }
            throw new JourneyFailure(call + " answered " + status + " (expected " + Arrays.toString(expected) + ")"
                    + (why.isBlank() ? "" : ": " + why));
        }
        return this;
    }

    /** The entity tag, for the If-Match of the next update. */
    public String etag() {
        return headers.firstValue("ETag").orElseThrow(() -> new JourneyFailure(call + " sent no ETag"));
    }

    public String text(String pointer) {
        return body.at(pointer).asText();
    }

    public UUID id() {
        return UUID.fromString(body.path("id").asText());
    }

    /** The {@code items} of a page. */
    public List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        body.path("items").forEach(items::add);
        return items;
    }
}
