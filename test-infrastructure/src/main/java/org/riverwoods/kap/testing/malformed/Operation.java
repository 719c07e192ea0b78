package org.riverwoods.kap.testing.malformed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One operation of an OpenAPI document: its parameters and a valid body to start mutating from. */
record Operation(String method, String path, List<Parameter> parameters, ObjectNode validBody,
        Map<String, String> fieldTypes, Map<String, Supplier<String>> pathValues) {

    record Parameter(String name, String in, String format) {
    }

    static Operation of(String method, String path, JsonNode operation, JsonNode pathItem, JsonNode document,
            Map<String, Supplier<String>> pathValues) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode schema = resolve(p.path("schema"), document);
                String format = schema.path("format").asText(schema.path("type").asText(""));
                parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), format));
            }
        }
        return new Operation(method, path, parameters, validBody(operation, document), fieldTypes(operation, document),
                pathValues);
    }

    /** The declared type of each top-level body field ("integer", "number", ...), where the document says. */
    private static Map<String, String> fieldTypes(JsonNode operation, JsonNode document) {
        Map<String, String> types = new java.util.HashMap<>();
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"),
                document);
        schema.path("properties").fields().forEachRemaining(
                property -> types.put(property.getKey(), resolve(property.getValue(), document).path("type").asText("")));
        return types;
    }

    /** The path with every parameter filled with a valid value, or {@code value} for {@code name}. */
    String uri(String name, String value) {
        String uri = path;
        for (Parameter p : parameters) {
            if (p.in().equals("path")) {
                String filled = p.name().equals(name) ? value : valid(p);
                uri = uri.replace("{" + p.name() + "}", filled);
            }
        }
        return uri;
    }

    String uri() {
        return uri(null, null);
    }

    private String valid(Parameter p) {
        Supplier<String> known = pathValues.get(p.name());
        if (known != null) {
            return known.get();
        }
        return switch (p.format()) {
            case "date" -> LocalDate.now().toString();
            case "uuid" -> UUID.randomUUID().toString();
            case "integer", "int32", "int64" -> "1";
            default -> p.name().toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : "x";
        };
    }

    private static ObjectNode validBody(JsonNode operation, JsonNode document) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            return null;
        }
        for (JsonNode example : content.path("examples")) {
            JsonNode value = parse(example.path("value"));
            if (value instanceof ObjectNode object) {
                return object;
            }
        }
        JsonNode example = parse(content.path("example"));
        if (example instanceof ObjectNode object) {
            return object;
        }
        JsonNode synthesised = ValidValues.of(resolve(content.path("schema"), document), document, 0);
        return synthesised instanceof ObjectNode object ? object : MalformedInput.object();
    }

    /** SmallRye OpenAPI keeps an example either as JSON or as the JSON text of it. */
    private static JsonNode parse(JsonNode example) {
        if (example.isTextual()) {
            try {
                return MalformedInput.json().readTree(example.asText());
            } catch (Exception e) {
                return null;
            }
        }
        return example;
    }

    static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(current.get("allOf").get(0), document);
        }
        return current;
    }
}
