package org.riverwoods.kap.testing.malformed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The malformed variants of one operation: the body as a whole (not JSON, wrong media type, a key
 * twice, an unknown field, huge), each field given what it must not hold (a wrong type, a decimal,
 * a number for a date, control characters, a null inside a list, an implausible date), each path
 * and query parameter given a malformed value. Structural variants come first; field variants in a
 * seeded order.
 */
final class Variants {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] BAD_PATH = { "1-2-3-4-5", "not-a-uuid", "2026-13-45", "%00", "x".repeat(10_000) };
    private static final String[] BAD_QUERY = { "abc", "-1", "1.5", "maybe", "2026-02-30", "100000", "%00" };

    private Variants() {
    }

    static List<Variant> of(Operation op, Random random) {
        List<Variant> structural = new ArrayList<>();
        List<Variant> fields = new ArrayList<>();
        String uri = op.uri();
        ObjectNode body = op.validBody();
        boolean takesBody = body != null;
        if (takesBody) {
            String valid = body.toString();
            structural.add(Variant.refused("body not JSON", uri, "{", null));
            structural.add(Variant.refused("body an array", uri, "[]", null));
            structural.add(Variant.refused("body null", uri, "null", null));
            structural.add(Variant.refused("body empty", uri, "", null));
            structural.add(Variant.refused("text/plain body", uri, valid, "text/plain"));
            structural.add(Variant.refused("XML media type", uri, valid, "application/xml"));
            // a tolerant reader may ignore a field it does not know
            structural.add(Variant.perhapsLegal("unknown field", uri, with(body, "unexpectedField", NODES.textNode("x")), null));
            structural.add(Variant.refused("huge body", uri,
                    with(body, "unexpectedField", NODES.textNode("x".repeat(2 * 1024 * 1024))), null));
            if (body.size() > 0) {
                String first = body.fieldNames().next();
                String firstValue = body.get(first).toString();
                structural.add(Variant.refused("duplicate key, same value", uri,
                        "{" + quoted(first) + ":" + firstValue + "," + valid.substring(1), null));
                structural.add(Variant.refused("duplicate key, other value", uri,
                        "{" + quoted(first) + ":" + "\"other\"," + valid.substring(1), null));
            }
            body.fieldNames().forEachRemaining(field -> {
                JsonNode current = body.get(field);
                badValues(current, op.fieldTypes().getOrDefault(field, "")).forEach((bad, mustRefuse) -> fields.add(new Variant(
                        "field " + field + " " + describe(bad), uri, with(body, field, bad), null, mustRefuse)));
                ObjectNode missing = body.deepCopy();
                missing.remove(field);
                fields.add(Variant.perhapsLegal("field " + field + " missing", uri, missing.toString(), null));
            });
        }
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                for (String bad : BAD_PATH) {
                    structural.add(Variant.refused("path " + p.name() + " " + (bad.length() > 20 ? "10,000 characters" : bad),
                            op.uri(p.name(), bad), takesBody ? body.toString() : null, null));
                }
            } else if (p.in().equals("query")) {
                for (String bad : BAD_QUERY) {
                    String separator = uri.contains("?") ? "&" : "?";
                    structural.add(new Variant("query " + p.name() + "=" + bad, uri + separator + p.name() + "=" + bad,
                            takesBody ? body.toString() : null, null, refusedAsQuery(p.format(), bad)));
                }
            }
        }
        Collections.shuffle(fields, random);
        structural.addAll(fields);
        return structural;
    }

    /** Whether a query value can never be legal for a parameter of this format. */
    private static boolean refusedAsQuery(String format, String bad) {
        return switch (format) {
            case "uuid", "date", "date-time", "boolean" -> true;
            case "integer", "int32", "int64" -> !bad.equals("100000") && !bad.equals("-1");
            default -> false;
        };
    }

    /**
     * What a field must not hold, chosen by what it holds in a valid request, each marked with whether
     * no reading of the contract could accept it (a null may be legal for an optional field).
     */
    private static Map<JsonNode, Boolean> badValues(JsonNode current, String declaredType) {
        Map<JsonNode, Boolean> bad = new LinkedHashMap<>();
        bad.put(NODES.nullNode(), false);
        bad.put(NODES.objectNode().put("a", 1), !current.isObject());
        if (current.isNumber()) {
            bad.put(NODES.textNode("7"), true);
            bad.put(NODES.booleanNode(true), true);
            bad.put(NODES.numberNode(1e300), false);
            bad.put(NODES.numberNode(-1), false);
            // an example of 300 may stand for a decimal field: the declared type decides where there is one
            if (declaredType.equals("integer") || declaredType.isEmpty() && current.isIntegralNumber()) {
                bad.put(NODES.numberNode(1.5), true);
            }
        } else if (current.isTextual()) {
            boolean date = current.asText().matches("\\d{4}-\\d{2}-\\d{2}.*");
            boolean uuid = current.asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            bad.put(NODES.numberNode(12345), true);
            bad.put(NODES.textNode("a\u0000b"), true);
            bad.put(NODES.textNode("a\u001bb"), true);
            bad.put(NODES.textNode("x".repeat(10_000)), date || uuid);
            bad.put(NODES.textNode("1800-01-01"), date || uuid);
            bad.put(NODES.textNode("2026-02-30"), date || uuid);
            bad.put(NODES.textNode("1-2-3-4-5"), date || uuid);
        } else if (current.isBoolean()) {
            bad.put(NODES.numberNode(1), true);
            bad.put(NODES.textNode("true"), true);
        } else if (current.isArray()) {
            bad.put(NODES.arrayNode().add(NODES.nullNode()), true);
            bad.put(NODES.textNode("x"), true);
        }
        return bad;
    }

    private static String with(ObjectNode body, String field, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        copy.set(field, value);
        return copy.toString();
    }

    private static String quoted(String field) {
        return NODES.textNode(field).toString();
    }

    private static String describe(JsonNode bad) {
        String text = bad.toString();
        if (text.length() > 24) {
            return bad.isTextual() ? "10,000-character text" : "huge value";
        }
        return text.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b");
    }
}
