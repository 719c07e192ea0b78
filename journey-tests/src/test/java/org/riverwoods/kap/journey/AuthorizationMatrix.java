package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docs/authorization-matrix.md read as data: one {@link Operation} per row, each with the expected
 * answer of every {@link AuthorizationColumn}. A row that cannot be read fails the reading, naming the
 * line, so that a typo never passes as a silently skipped cell.
 */
record AuthorizationMatrix(Map<String, List<Operation>> services) {

    static final String FILE = "docs/authorization-matrix.md";
    static final List<String> HEADINGS = headings();

    private static final Pattern SERVICE = Pattern.compile("^## ([a-z]+-service)\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^`(GET|POST|PUT|PATCH|DELETE) (/\\S+)`$");
    private static final Pattern CELL = Pattern.compile("^(ok|401|403|404)(?:\\s+\\((.+)\\))?$");

    /** What a cell expects. */
    enum Expected {
        OK("ok"), UNAUTHENTICATED("401"), FORBIDDEN("403"), NOT_FOUND("404");

        final String text;

        Expected(String text) {
            this.text = text;
        }

        static Expected of(String text) {
            return Arrays.stream(values()).filter(e -> e.text.equals(text)).findFirst().orElseThrow();
        }

        /** ok: authorization passed (anything but 401/403, never a 5xx); otherwise that exact status. */
        boolean accepts(int status) {
            return this == OK ? status != 401 && status != 403 && status < 500 : status == Integer.parseInt(text);
        }
    }

    record Cell(Expected expected, String remark) {

        @Override
        public String toString() {
            return expected.text + (remark == null ? "" : " (" + remark + ")");
        }
    }

    /** One row: an operation of a service, what it does in the clinic's words, and every column's cell. */
    record Operation(String service, String method, String path, String what, Map<AuthorizationColumn, Cell> cells) {

        /** "GET /api/v1/patients/{patientId}", as OpenAPI names it. */
        String key() {
            return method + " " + path;
        }

        Cell cell(AuthorizationColumn column) {
            return cells.get(column);
        }
    }

    static AuthorizationMatrix read(Path repositoryRoot) {
        try {
            return parse(Files.readAllLines(repositoryRoot.resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }

    static AuthorizationMatrix parse(List<String> lines) {
        Map<String, List<Operation>> services = new LinkedHashMap<>();
        String service = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher heading = SERVICE.matcher(line);
            if (heading.matches()) {
                service = heading.group(1);
                if (services.containsKey(service)) {
                    throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": " + service + " has two sections");
                }
                services.put(service, new ArrayList<>());
                continue;
            }
            if (line.startsWith("## ")) {
                service = null; // a section of prose
                continue;
            }
            if (service == null || !line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("operation")) {
                if (!cells.equals(HEADINGS)) {
                    throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": the columns must be " + HEADINGS);
                }
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches("-+"))) {
                continue;
            }
            services.get(service).add(operation(service, cells, i + 1));
        }
        AuthorizationMatrix matrix = new AuthorizationMatrix(services);
        matrix.requireUniqueOperations();
        return matrix;
    }

    private static Operation operation(String service, List<String> cells, int lineNumber) {
        String where = FILE + ":" + lineNumber + ": ";
        if (cells.size() != HEADINGS.size()) {
            throw new IllegalArgumentException(where + "expected " + HEADINGS.size() + " cells, found " + cells.size());
        }
        Matcher operation = OPERATION.matcher(cells.get(0));
        if (!operation.matches()) {
            throw new IllegalArgumentException(where + "the operation must look like `GET /api/v1/...`: " + cells.get(0));
        }
        if (cells.get(1).isBlank()) {
            throw new IllegalArgumentException(where + "'what' is empty");
        }
        Map<AuthorizationColumn, Cell> expected = new EnumMap<>(AuthorizationColumn.class);
        for (AuthorizationColumn column : AuthorizationColumn.values()) {
            String text = cells.get(2 + column.ordinal());
            Matcher cell = CELL.matcher(text);
            if (!cell.matches()) {
                throw new IllegalArgumentException(where + "column '" + column.heading + "' must be ok, 401, 403 or 404 "
                        + "(with a remark in brackets at most): " + text);
            }
            expected.put(column, new Cell(Expected.of(cell.group(1)), cell.group(2)));
        }
        return new Operation(service, operation.group(1), operation.group(2), cells.get(1), expected);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private void requireUniqueOperations() {
        services.forEach((service, operations) -> {
            Set<String> seen = new TreeSet<>();
            for (Operation operation : operations) {
                if (!seen.add(operation.key())) {
                    throw new IllegalArgumentException(FILE + ": " + service + " lists " + operation.key() + " twice");
                }
            }
        });
    }

    List<Operation> operations() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /** The operations of {@code service} by key ("METHOD path"). */
    Set<String> keys(String service) {
        return services.getOrDefault(service, List.of()).stream().map(Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> headings() {
        List<String> headings = new ArrayList<>(List.of("operation", "what"));
        Arrays.stream(AuthorizationColumn.values()).forEach(c -> headings.add(c.heading));
        return List.copyOf(headings);
    }
}
