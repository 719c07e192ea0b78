package org.riverwoods.kap.journey;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.riverwoods.kap.testing.journey.ApiClient;

/**
 * The REST client of the fault tier, behaving as a mobile or clinic client should: a request that
 * timed out, could not connect or was refused with a 5xx is sent again, a creating POST with the
 * same {@code Idempotency-Key}, until an operation's deadline. A state change whose answer was lost
 * is not sent twice blindly: the resource is read first, and the change is sent only while the
 * resource does not show it yet.
 *
 * <p>It also counts every answer the services gave, and keeps the ones a client must never see: a
 * 5xx other than 503, or a 503 that is not {@code application/problem+json}.
 */
final class FaultClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Answers to a PUT after which the resource is read and the PUT sent again with its ETag. */
    private static final java.util.Set<Integer> PUT_READ_AGAIN = java.util.Set.of(409, 412, 428);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration deadline;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final List<String> forbiddenAnswers = Collections.synchronizedList(new ArrayList<>());

    FaultClient(Duration deadline) {
        this.deadline = deadline;
    }

    /** One answer: a status with its body, or none at all (timed out, connection refused or reset). */
    record Answer(int status, String etag, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean retryable() {
            return status == 0 || status >= 500 || status == 429;
        }
    }

    /** Thrown when an operation could not be done before its deadline, or was refused for good. */
    static final class OperationFailed extends RuntimeException {
        OperationFailed(String message) {
            super(message, null, false, false);
        }
    }

    /** Every answer seen, by status ("timeout" and "no connection" for none). */
    Map<String, Long> answers() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        answers.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    List<String> forbiddenAnswers() {
        synchronized (forbiddenAnswers) {
            return List.copyOf(forbiddenAnswers);
        }
    }

    /** A creating POST, sent again with the same Idempotency-Key until it is answered 2xx. */
    JsonNode create(String url, String token, String body) {
        String key = "fault-" + UUID.randomUUID();
        return untilDone("POST " + path(url), a -> a.ok() ? a.body() : null,
                () -> send("POST", url, token, body, Map.of("Idempotency-Key", key)));
    }

    /**
     * A PUT of a whole resource: sending it again is harmless. Once the resource exists the service
     * wants its ETag (428, or 412 if it changed): a PUT whose answer was lost is then sent again with
     * the ETag just read from {@code readUrl}, the same content replacing itself. A 409 (the PUT that
     * hung created it meanwhile) is read the same way.
     */
    JsonNode put(String url, String readUrl, String token, String body) {
        String[] etag = { null };
        return untilDone("PUT " + path(url), a -> {
            if (PUT_READ_AGAIN.contains(a.status())) {
                Answer current = send("GET", readUrl, token, null, Map.of());
                etag[0] = current.status() == 200 ? current.etag() : null;
                return null;
            }
            return a.ok() ? a.body() : null;
        }, () -> send("PUT", url, token, body, etag[0] == null ? Map.of() : Map.of("If-Match", etag[0])));
    }

    /** A read, answered 200 (a 404 is read again: the record may arrive by event). */
    JsonNode get(String url, String token) {
        return untilDone("GET " + path(url), a -> a.status() == 200 ? a.body() : null,
                () -> send("GET", url, token, null, Map.of()));
    }

    /** Reads until {@code found} picks something out of the answer (an effect another service makes). */
    <T> T await(String url, String token, Function<JsonNode, T> found) {
        return untilDone("GET " + path(url) + " (awaiting)", a -> a.status() == 200 ? found.apply(a.body()) : null,
                () -> send("GET", url, token, null, Map.of()));
    }

    /**
     * A change of state: reads {@code resourceUrl}; while {@code done} does not hold, sends the change
     * (with the ETag just read when {@code ifMatch}); a 409 or 412 is read again, since it usually
     * means an earlier attempt whose answer was lost took effect.
     */
    void change(String resourceUrl, String readToken, Predicate<JsonNode> done, String method, String url, String token,
            String body, boolean ifMatch) {
        String operation = method + " " + path(url);
        long end = System.nanoTime() + deadline.toNanos();
        int attempt = 0;
        String lastRefusal = "";
        while (System.nanoTime() < end) {
            Answer current = send("GET", resourceUrl, readToken, null, Map.of());
            if (current.status() == 200) {
                if (done.test(current.body())) {
                    return;
                }
                Map<String, String> headers = ifMatch && current.etag() != null ? Map.of("If-Match", current.etag()) : Map.of();
                Answer changed = send(method, url, token, body, headers);
                if (changed.ok()) {
                    return;
                }
                if (!changed.retryable() && changed.status() != 409 && changed.status() != 412) {
                    throw new OperationFailed(operation + " refused: " + changed.status() + " " + title(changed));
                }
                lastRefusal = changed.status() + " " + title(changed);
            }
            backOff(attempt++);
        }
        throw new OperationFailed(operation + " not done within " + deadline.toSeconds() + " s (last: " + lastRefusal + ")");
    }

    private <T> T untilDone(String operation, Function<Answer, T> result, java.util.function.Supplier<Answer> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        int attempts = 0;
        Answer last = null;
        while (System.nanoTime() < end) {
            last = attempt.get();
            T value = result.apply(last);
            if (value != null) {
                return value;
            }
            if (!last.retryable() && last.status() != 404 && last.status() != 200
                    && !(operation.startsWith("PUT") && PUT_READ_AGAIN.contains(last.status()))) {
                throw new OperationFailed(operation + " refused: " + last.status() + " " + title(last));
            }
            backOff(attempts++);
        }
        throw new OperationFailed(operation + " not done within " + deadline.toSeconds() + " s (last: "
                + (last == null ? "none" : last.status() + " " + title(last)) + ")");
    }

    Answer send(String method, String url, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            count(Integer.toString(response.statusCode()));
            Optional<String> type = response.headers().firstValue("Content-Type");
            if (response.statusCode() >= 500 && (response.statusCode() != 503
                    || !type.orElse("").startsWith("application/problem+json"))) {
                forbiddenAnswers.add(method + " " + path(url) + " -> " + response.statusCode() + " " + type.orElse("(no type)"));
            }
            return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), ApiClient.parse(response.body()));
        } catch (HttpTimeoutException e) {
            count("timeout");
        } catch (ConnectException e) {
            count("no connection");
        } catch (IOException e) {
            count("connection lost");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationFailed(method + " " + path(url) + " interrupted");
        }
        return new Answer(0, null, MissingNode.getInstance());
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
    }

    private static String title(Answer answer) {
        return answer.body().path("title").asText(answer.status() == 0 ? "no answer" : "");
    }

    /** 200 ms doubling to 2 s, with jitter, so that clients retrying together do not arrive together. */
    private static void backOff(int attempt) {
        long millis = Math.min(2_000, 200L << Math.min(attempt, 4));
        try {
            Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationFailed("interrupted");
        }
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
