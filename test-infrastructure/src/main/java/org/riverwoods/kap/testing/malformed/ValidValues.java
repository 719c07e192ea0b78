package org.riverwoods.kap.testing.malformed;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plausible valid value for a schema, where the document gives no example. */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValidValues() {
    }

    static JsonNode of(JsonNode schema, JsonNode document, int depth) {
        JsonNode s = Operation.resolve(schema, document);
        if (depth > 4) {
            return NODES.nullNode();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        String format = s.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext();) {
                    Map.Entry<String, JsonNode> property = p.next();
                    object.set(property.getKey(), of(property.getValue(), document, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(of(s.path("items"), document, depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(s.path("minimum").asInt(1));
            }
            case "number" -> {
                return NODES.numberNode(s.has("minimum") ? s.get("minimum").decimalValue() : new java.math.BigDecimal("1.5"));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return switch (format) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-01-15");
                    case "date-time" -> NODES.textNode("2026-01-15T10:00:00Z");
                    default -> NODES.textNode("text");
                };
            }
        }
    }
}
