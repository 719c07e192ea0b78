package org.riverwoods.kap.console.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * What a service answered: the status, the JSON body and the ETag. Templates read bodies as maps
 * and lists ({@link #map()}, {@link #items()}); a refusal is read as a {@link ServiceProblem}.
 */
public record ServiceAnswer(Service service, int status, JsonNode body, String etag) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public ServiceAnswer {
        body = body == null ? NullNode.getInstance() : body;
    }

    /**
     * A response body as JSON, decimals as the service wrote them (a dose of 0.800 mg/kg is not
     * shown as 0.8); null for no body or one that is not JSON (a proxy's HTML error page, say: the
     * status still tells what happened).
     */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a map (empty for no body or a non-object body). */
    public Map<String, Object> map() {
        return body.isObject() ? MAPPER.convertValue(body, MAP) : new LinkedHashMap<>();
    }

    /** The elements of a list body, or the {@code items} of a page. */
    public List<Map<String, Object>> items() {
        JsonNode array = body.isArray() ? body : body.path("items");
        List<Map<String, Object>> items = new ArrayList<>();
        array.forEach(node -> items.add(MAPPER.convertValue(node, MAP)));
        return items;
    }

    /** A page's total count ({@code totalItems}), or the length of a list body. */
    public long total() {
        return body.isArray() ? body.size() : body.path("totalItems").asLong(items().size());
    }

    public int totalPages() {
        return body.path("totalPages").asInt(1);
    }

    /** The refusal in words and by field; only meaningful when {@link #ok()} is false. */
    public ServiceProblem problem() {
        return ServiceProblem.of(this);
    }
}
