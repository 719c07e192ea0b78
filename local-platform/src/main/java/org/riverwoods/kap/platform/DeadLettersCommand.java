package org.riverwoods.kap.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.riverwoods.kap.testing.DevTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./platform dead-letters}: the records the running services' consumers could not process,
 * through each service's admin API ({@code /api/v1/admin/dead-letters}) with a development admin token.
 *
 * <pre>
 *   dead-letters [list] [service] [--all]     unreplayed letters of one service or of all (--all: replayed too)
 *   dead-letters show &lt;service&gt; &lt;id&gt;           one letter
 *   dead-letters replay &lt;service&gt; &lt;id&gt;         replay one letter
 *   dead-letters replay-all [service]         replay every unreplayed letter of one service or of all
 *   dead-letters dismiss &lt;service&gt; &lt;id&gt; &lt;reason&gt;  close one without applying it, with a reason
 * </pre>
 *
 * A service is named as in {@code ./platform status} ({@code intake-service}) or by its area ({@code intake}).
 */
final class DeadLettersCommand {

    static final String USAGE = """
            Usage: ./platform dead-letters [list] [service] [--all]   unreplayed dead letters (--all: replayed too)
                   ./platform dead-letters show <service> <id>         one dead letter
                   ./platform dead-letters replay <service> <id>       replay one, after fixing its cause
                   ./platform dead-letters replay-all [service]        replay every unreplayed one
                   ./platform dead-letters dismiss <service> <id> <reason ...>
                                                                       close one without applying it (poison)
            service: intake, treatment, infusion or outcomes (or its full name); none means every service""";

    private static final String PATH = "/api/v1/admin/dead-letters";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String token = DevTokens.staff("admin");

    private DeadLettersCommand() {
    }

    static int run(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        String action = rest.isEmpty() || !List.of("list", "show", "replay", "replay-all", "dismiss").contains(rest.get(0))
                ? "list" : rest.remove(0);
        DeadLettersCommand command = new DeadLettersCommand();
        return switch (action) {
            case "list" -> command.list(rest);
            case "show" -> rest.size() == 2 && isId(rest.get(1)) ? command.show(service(rest.get(0)), rest.get(1))
                    : usage();
            case "replay" -> rest.size() == 2 && isId(rest.get(1)) ? command.replay(service(rest.get(0)), rest.get(1))
                    : usage();
            case "dismiss" -> rest.size() >= 3 && isId(rest.get(1))
                    ? command.dismiss(service(rest.get(0)), rest.get(1), String.join(" ", rest.subList(2, rest.size())))
                    : usage();
            default -> rest.size() <= 1 ? command.replayAll(services(rest)) : usage();
        };
    }

    private int list(List<String> args) {
        boolean every = args.remove("--all");
        if (args.size() > 1) {
            return usage();
        }
        int exit = 0;
        for (ServiceSpec service : services(args)) {
            Optional<List<JsonNode>> letters = every ? all(service, "") : all(service, "&status=UNREPLAYED");
            if (letters.isEmpty()) {
                exit = 1;
                continue;
            }
            System.out.println(service.name() + ": " + letters.get().size() + (every ? " dead letter(s)"
                    : " unreplayed dead letter(s)"));
            for (JsonNode letter : letters.get()) {
                System.out.printf("  %s  %-10s %-7s %s-%s@%s  %s  %s%n      %s%n", text(letter, "id"),
                        text(letter, "status"), text(letter, "reasonKind"), text(letter, "topic"),
                        text(letter, "partition"), text(letter, "offset"), text(letter, "eventType"),
                        text(letter, "deadLetteredAt"), text(letter, "reason"));
            }
        }
        return exit;
    }

    private int show(ServiceSpec service, String id) {
        Optional<HttpResponse<String>> answer = send(service, "GET", PATH + "/" + id);
        if (answer.isEmpty()) {
            return 1;
        }
        if (answer.get().statusCode() != 200) {
            return problem(service, answer.get());
        }
        JsonNode letter = parse(answer.get().body());
        letter.fields().forEachRemaining(field -> System.out.printf("  %-15s %s%n", field.getKey(),
                field.getValue().isNull() ? "-" : field.getValue().asText()));
        return 0;
    }

    private int replay(ServiceSpec service, String id) {
        Optional<HttpResponse<String>> answer = send(service, "POST", PATH + "/" + id + "/replay");
        if (answer.isEmpty()) {
            return 1;
        }
        if (answer.get().statusCode() != 200) {
            return problem(service, answer.get());
        }
        JsonNode letter = parse(answer.get().body());
        System.out.println(service.name() + ": dead letter " + id + " replayed (" + text(letter, "eventType") + " "
                + text(letter, "eventId") + "; first replayed " + text(letter, "replayedAt") + " by "
                + text(letter, "replayedBy") + ")");
        return 0;
    }

    private int dismiss(ServiceSpec service, String id, String reason) {
        String body = JSON.createObjectNode().put("reason", reason).toString();
        Optional<HttpResponse<String>> answer = send(service, "POST", PATH + "/" + id + "/dismissal", body);
        if (answer.isEmpty()) {
            return 1;
        }
        if (answer.get().statusCode() != 200) {
            return problem(service, answer.get());
        }
        JsonNode letter = parse(answer.get().body());
        System.out.println(service.name() + ": dead letter " + id + " dismissed by " + text(letter, "dismissedBy")
                + " (" + text(letter, "dismissalReason") + ")");
        return 0;
    }

    private int replayAll(List<ServiceSpec> services) {
        int exit = 0;
        for (ServiceSpec service : services) {
            Optional<HttpResponse<String>> answer = send(service, "POST", PATH + "/replay");
            if (answer.isEmpty()) {
                exit = 1;
                continue;
            }
            if (answer.get().statusCode() != 200) {
                exit = problem(service, answer.get());
                continue;
            }
            JsonNode report = parse(answer.get().body());
            System.out.println(service.name() + ": " + report.path("replayed").size() + " of "
                    + report.path("attempted").asInt() + " unreplayed dead letter(s) replayed");
            for (JsonNode failing : report.path("stillFailing")) {
                exit = 1;
                System.out.println("  still failing " + text(failing, "id") + " (HTTP " + text(failing, "status")
                        + "): " + text(failing, "detail"));
            }
        }
        return exit;
    }

    /** Every page of the service's list; empty (after saying why) if the service does not answer. */
    private Optional<List<JsonNode>> all(ServiceSpec service, String filter) {
        List<JsonNode> letters = new ArrayList<>();
        for (int page = 0;; page++) {
            Optional<HttpResponse<String>> answer = send(service, "GET", PATH + "?size=100&page=" + page + filter);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            if (answer.get().statusCode() != 200) {
                problem(service, answer.get());
                return Optional.empty();
            }
            JsonNode body = parse(answer.get().body());
            body.path("items").forEach(letters::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                return Optional.of(letters);
            }
        }
    }

    private Optional<HttpResponse<String>> send(ServiceSpec service, String method, String path) {
        return send(service, method, path, null);
    }

    private Optional<HttpResponse<String>> send(ServiceSpec service, String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)) // a replay of many letters takes a while
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest request = builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            System.err.println("ERROR: " + service.name() + " does not answer at " + service.baseUrl()
                    + " (is the platform running? ./platform run, ./platform status)");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int problem(ServiceSpec service, HttpResponse<String> answer) {
        String detail;
        try {
            detail = JSON.readTree(answer.body()).path("detail").asText(answer.body());
        } catch (IOException e) {
            detail = answer.body();
        }
        System.err.println("ERROR: " + service.name() + " answered HTTP " + answer.statusCode() + ": " + detail);
        return 1;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new LaunchException("The service answered something that is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    /** A dead letter's id: a UUID, as the list prints it. */
    private static boolean isId(String text) {
        return text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    private static List<ServiceSpec> services(List<String> names) {
        return names.isEmpty() ? ServiceSpec.ALL : List.of(service(names.get(0)));
    }

    private static ServiceSpec service(String name) {
        return ServiceSpec.ALL.stream()
                .filter(s -> s.name().equals(name) || s.database().equals(name))
                .findFirst()
                .orElseThrow(() -> new LaunchException("Unknown service '" + name + "'. " + USAGE));
    }

    private static int usage() {
        System.err.println(USAGE);
        return 2;
    }
}
