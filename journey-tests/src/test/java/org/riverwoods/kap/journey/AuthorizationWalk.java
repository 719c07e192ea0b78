package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riverwoods.kap.journey.AuthorizationFixtures.PatientRecords;
import org.riverwoods.kap.journey.AuthorizationMatrix.Cell;
import org.riverwoods.kap.journey.AuthorizationMatrix.Operation;
import org.riverwoods.kap.testing.DevTokens;

/**
 * Sends every operation of the matrix with every column's token and compares each answer with its
 * cell. Bodies are {@code {}} (validation refuses them) and no If-Match is sent, so an operation that
 * lets the caller through writes nothing. Also flags what a cell cannot show: a 401/403 that is not
 * problem+json, a patient's answer holding another patient's ids or a staff-only field, an analyst's
 * answer holding a patient's id.
 */
final class AuthorizationWalk {

    /** Staff-only fields a patient's answer must not hold (her timeline has none): intake's flag, treatment's risk. */
    static final List<Pattern> STAFF_ONLY_FIELDS = List.of(Pattern.compile("\"suicideRiskFlaggedAt\""),
            Pattern.compile("\"suicideRisk\"\\s*:\\s*\\{"));
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int BODY_LIMIT = 1 << 20;

    private final Map<String, String> baseUrls;
    private final AuthorizationFixtures fixtures;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String invalidToken = invalidToken();
    private final UUID unknownRecord = UUID.randomUUID();

    /** Every cell the services answered differently, readable. */
    final List<String> disagreements = new ArrayList<>();
    /** Service → caller (token subject) → how many 403s it was given: each should be in the audit trail. */
    final Map<String, Map<String, Integer>> refusals = new TreeMap<>();
    /** Service → 403s of the first patient's token on a path naming the other patient. */
    final Map<String, Integer> refusalsNamingTheOtherPatient = new TreeMap<>();
    int requests;

    AuthorizationWalk(Map<String, String> baseUrls, AuthorizationFixtures fixtures) {
        this.baseUrls = baseUrls;
        this.fixtures = fixtures;
    }

    void walk(Operation operation, boolean takesBody) {
        for (AuthorizationColumn column : AuthorizationColumn.values()) {
            Cell cell = operation.cell(column);
            String url = baseUrls.get(operation.service()) + path(operation.path(), column) + query(operation.path());
            Answer answer = send(operation.method(), url, token(column), takesBody);
            requests++;
            String where = operation.service() + " " + operation.key() + " | " + column.heading + ": ";
            if (answer.status() < 0) {
                disagreements.add(where + "expected " + cell + ", got no answer within " + TIMEOUT.toSeconds() + " s");
                continue;
            }
            if (!cell.expected().accepts(answer.status())) {
                disagreements.add(where + "expected " + cell + ", got " + answer.status() + detail(answer));
            }
            if ((answer.status() == 401 || answer.status() == 403) && !answer.contentType().startsWith("application/problem+json")) {
                disagreements.add(where + answer.status() + " is not problem+json (" + answer.contentType() + ")");
            }
            if (answer.status() == 401 && !answer.bearerChallenge()) {
                disagreements.add(where + "401 without WWW-Authenticate: Bearer");
            }
            if (answer.status() == 403) {
                refusals.computeIfAbsent(operation.service(), s -> new TreeMap<>()).merge(subject(column), 1, Integer::sum);
                if (column.namesAnotherPatient() && operation.path().contains("{patientId}")) {
                    refusalsNamingTheOtherPatient.merge(operation.service(), 1, Integer::sum);
                }
            }
            if (answer.status() / 100 == 2) {
                leaks(column, answer.body()).forEach(leak -> disagreements.add(where + leak));
            }
        }
    }

    /** What a successful answer shows that the caller must not see. */
    private List<String> leaks(AuthorizationColumn column, String body) {
        List<String> leaks = new ArrayList<>();
        if (column.role == null || body.isEmpty()) {
            return leaks;
        }
        if ("patient".equals(column.role)) {
            AuthorizationFixtures.ids(fixtures.other()).stream().filter(body::contains).findFirst()
                    .ifPresent(id -> leaks.add("the answer holds another patient's id " + id));
            STAFF_ONLY_FIELDS.stream().filter(f -> f.matcher(body).find()).forEach(
                    f -> leaks.add("the patient's answer holds a staff-only field: " + f.pattern()));
        }
        if ("analyst".equals(column.role)) {
            List<String> identifiable = new ArrayList<>(AuthorizationFixtures.ids(fixtures.own()));
            identifiable.addAll(AuthorizationFixtures.ids(fixtures.other()));
            identifiable.stream().filter(body::contains).findFirst()
                    .ifPresent(id -> leaks.add("the analyst's answer holds a patient's record id " + id));
        }
        return leaks;
    }

    String subject(AuthorizationColumn column) {
        return "patient".equals(column.role) ? "dev-patient-" + fixtures.own().patientId() : "dev-" + column.role;
    }

    private String token(AuthorizationColumn column) {
        if (column == AuthorizationColumn.NO_TOKEN) {
            return null;
        }
        if (column == AuthorizationColumn.INVALID_TOKEN) {
            return invalidToken;
        }
        return "patient".equals(column.role) ? DevTokens.patient(fixtures.own().patientId()) : DevTokens.staff(column.role);
    }

    /** A nurse's header and claims with the signature of another token: well formed, and it does not verify. */
    private static String invalidToken() {
        String[] nurse = DevTokens.staff("nurse").split("\\.");
        String[] admin = DevTokens.staff("admin").split("\\.");
        return nurse[0] + "." + nurse[1] + "." + admin[2];
    }

    String path(String template, AuthorizationColumn column) {
        PatientRecords patient = column.namesAnotherPatient() ? fixtures.other() : fixtures.own();
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(value(parameter.group(1), patient)));
        }
        return parameter.appendTail(path).toString();
    }

    private String value(String parameter, PatientRecords patient) {
        return switch (parameter) {
            case "patientId" -> patient.patientId().toString();
            case "intakeId" -> patient.intakeId().toString();
            case "consentId" -> patient.consentId().toString();
            case "screeningId" -> patient.screeningId().toString();
            case "planId" -> patient.planId().toString();
            case "appointmentId" -> patient.appointmentId().toString();
            case "sessionId" -> patient.sessionId().toString();
            case "day" -> patient.diaryDay().toString();
            case "code" -> fixtures.templateCode();
            case "version" -> Integer.toString(fixtures.templateVersion());
            // no such record: whoever passes the role check gets a 404, which is an ok; none names a patient
            case "deadLetterId", "vialId", "entryId", "countId", "discrepancyId" -> unknownRecord.toString();
            default -> throw new IllegalArgumentException("No fixture for the path parameter {" + parameter + "}");
        };
    }

    /** Required query parameters, so that an allowed caller gets a real answer to check. */
    private static String query(String template) {
        if (template.equals("/api/v1/cohorts")) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return "?period=" + today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        }
        return "";
    }

    record Answer(int status, String contentType, String body, boolean bearerChallenge) {
    }

    private Answer send(String method, String url, String token, boolean takesBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                // what each operation answers, so that content negotiation never decides before the role check does
                .header("Accept", "application/json, text/event-stream, text/csv, application/problem+json, */*;q=0.1")
                .method(method, takesBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (takesBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                // an event stream never ends: its status and headers are the answer
                String text = contentType.startsWith("text/event-stream") ? ""
                        : new String(body.readNBytes(BODY_LIMIT), StandardCharsets.UTF_8);
                boolean bearer = response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer");
                return new Answer(response.statusCode(), contentType, text, bearer);
            }
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "", "", false);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + URI.create(url).getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String detail(Answer answer) {
        Matcher detail = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]{0,160})").matcher(answer.body());
        return detail.find() ? " (" + detail.group(1) + ")" : "";
    }
}
