package org.riverwoods.kap.outcomes.deidentify;

import java.util.regex.Pattern;

/**
 * Reads a JSON text and hands every member key, string value and number to a {@link Visitor},
 * with its path ({@code $.events[2].note}). Just enough JSON for {@link IdentifierScanner}; text
 * that is not JSON is refused, so a scan never passes something it could not read.
 */
final class JsonWalker {

    interface Visitor {

        /** A member key; returns how the key is to be written in paths (a key may itself be patient data). */
        String key(String objectPath, String key);

        void string(String path, String value);

        void number(String path, String literal);
    }

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private final String text;
    private final Visitor visitor;
    private int at;

    private JsonWalker(String text, Visitor visitor) {
        this.text = text;
        this.visitor = visitor;
    }

    static void walk(String json, Visitor visitor) {
        JsonWalker walker = new JsonWalker(json, visitor);
        walker.value("$");
        walker.skipWhitespace();
        if (walker.at != json.length()) {
            throw walker.notJson();
        }
    }

    private void value(String path) {
        skipWhitespace();
        char c = peek();
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            visitor.string(path, string());
        } else if (c == 't' || c == 'f' || c == 'n') {
            literal();
        } else {
            visitor.number(path, number());
        }
    }

    private void object(String path) {
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return;
        }
        do {
            skipWhitespace();
            String member = path + "." + visitor.key(path, string());
            skipWhitespace();
            expect(':');
            value(member);
            skipWhitespace();
        } while (next() == ',');
        at--;
        expect('}');
    }

    private void array(String path) {
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return;
        }
        int index = 0;
        do {
            value(path + "[" + index++ + "]");
            skipWhitespace();
        } while (next() == ',');
        at--;
        expect(']');
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        for (char c = next(); c != '"'; c = next()) {
            if (c == '\\') {
                value.append(escaped());
            } else if (c < 0x20) {
                throw notJson();
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    // Escapes are decoded, so "jane\u0040example.org" is scanned as the address it is.
    private char escaped() {
        char c = next();
        switch (c) {
            case '"', '\\', '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (at + 4 > text.length()) {
                    throw notJson();
                }
                try {
                    char decoded = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                    at += 4;
                    return decoded;
                } catch (NumberFormatException e) {
                    throw notJson();
                }
            default:
                throw notJson();
        }
    }

    private String number() {
        int start = at;
        while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (!NUMBER.matcher(literal).matches()) {
            at = start;
            throw notJson();
        }
        return literal;
    }

    private void literal() {
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return;
            }
        }
        throw notJson();
    }

    private void skipWhitespace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw notJson();
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw notJson();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    // The position only: the text around it may be patient data.
    private IllegalArgumentException notJson() {
        return new IllegalArgumentException("not JSON at character " + at);
    }
}
