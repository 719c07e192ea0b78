package org.riverwoods.kap.testing.malformed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
            structural.add(new Variant("body not JSON", uri, "{", null));
            structural.add(new Variant("body an array", uri, "[]", null));
            structural.add(new Variant("body null", uri, "null", null));
            structural.add(new Variant("body empty", uri, "", null));
            structural.add(new Variant("text/plain body", uri, valid, "text/plain"));
            structural.add(new Variant("XML media type", uri, valid, "application/xml"));
            structural.add(new Variant("unknown field", uri, with(body, "unexpectedField", NODES.textNode("x")), null));
            structural.add(new Variant("huge body", uri,
                    with(body, "unexpectedField", NODES.textNode("x".repeat(2 * 1024 * 1024))), null));
            if (body.size() > 0) {
                String first = body.fieldNames().next();
                String firstValue = body.get(first).toString();
                structural.add(new Variant("duplicate key, same value", uri,
                        "{" + quoted(first) + ":" + firstValue + "," + valid.substring(1), null));
                structural.add(new Variant("duplicate key, other value", uri,
                        "{" + quoted(first) + ":" + "\"other\"," + valid.substring(1), null));
            }
            body.fieldNames().forEachRemaining(field -> {
                JsonNode current = body.get(field);
                for (JsonNode bad : badValues(current)) {
                    fields.add(new Variant("field " + describe(bad), uri, with(body, field, bad), null));
                }
                ObjectNode missing = body.deepCopy();
                missing.remove(field);
                fields.add(new Variant("field missing", uri, missing.toString(), null));
            });
        }
        for (Operation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                for (String bad : BAD_PATH) {
                    structural.add(new Variant("path " + (bad.length() > 20 ? "10,000 characters" : bad),
                            op.uri(p.name(), bad), takesBody ? body.toString() : null, null));
                }
            } else if (p.in().equals("query")) {
                for (String bad : BAD_QUERY) {
                    String separator = uri.contains("?") ? "&" : "?";
                    structural.add(new Variant("query " + bad, uri + separator + p.name() + "=" + bad,
                            takesBody ? body.toString() : null, null));
                }
            }
        }
        Collections.shuffle(fields, random);
        structural.addAll(fields);
        return structural;
    }

    /** What a field must not hold, chosen by what it holds in a valid request. */
    private static List<JsonNode> badValues(JsonNode current) {
        List<JsonNode> bad = new ArrayList<>();
        bad.add(NODES.nullNode());
        bad.add(NODES.objectNode().put("a", 1));
        if (current.isNumber()) {
            bad.add(NODES.textNode("7"));
            bad.add(NODES.booleanNode(true));
            bad.add(NODES.numberNode(1e300));
            bad.add(NODES.numberNode(-1));
            if (current.isIntegralNumber()) {
                bad.add(NODES.numberNode(1.5));
            }
        } else if (current.isTextual()) {
            bad.add(NODES.numberNode(12345));
            bad.add(NODES.textNode("a\u0000b"));
            bad.add(NODES.textNode("a\u001bb"));
            bad.add(NODES.textNode("x".repeat(10_000)));
            bad.add(NODES.textNode("1800-01-01"));
            bad.add(NODES.textNode("2026-02-30"));
            bad.add(NODES.textNode("1-2-3-4-5"));
        } else if (current.isBoolean()) {
            bad.add(NODES.numberNode(1));
            bad.add(NODES.textNode("true"));
        } else if (current.isArray()) {
            bad.add(NODES.arrayNode().add(NODES.nullNode()));
            bad.add(NODES.textNode("x"));
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
