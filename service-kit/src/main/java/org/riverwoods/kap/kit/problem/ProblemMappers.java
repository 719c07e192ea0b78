package org.riverwoods.kap.kit.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.riverwoods.kap.kit.failure.Failures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into {@code application/problem+json}. Client mistakes get a 4xx that says
 * what to fix; messages name fields, never the values sent, so no patient data reaches a log. A
 * service's own client errors come in through {@link ProblemTranslator}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<ProblemTranslator> translators;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ResteasyReactiveViolationException.class })
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, detail, violations));
    }

    // Listed one by one: Quarkus has its own (plain JSON) mapper for some of these subclasses.
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            InvalidNullException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class })
    public Response unreadable(JsonProcessingException e) {
        return respond(JsonProblems.describe(e));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required (Authorization: Bearer <JWT>)")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentWrite(RuntimeException e) {
        return respond(Problem.of(ProblemType.PRECONDITION_FAILED,
                "The record was changed by someone else; read it again and retry with its new ETag"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = unwrap(e);
        if (cause instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (cause instanceof ProblemException p) {
            return problem(p);
        }
        if (e instanceof NotFoundException) {
            return respond(Problem.of(ProblemType.NOT_FOUND, "No such resource"));
        }
        if (e instanceof NotSupportedException) {
            return respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json"));
        }
        if (e instanceof NotAllowedException) {
            Response.ResponseBuilder answer = Response.fromResponse(respond(Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    "This resource does not support that method")));
            java.util.Set<String> allowed = e.getResponse().getAllowedMethods();
            // RESTEasy Reactive does not say which methods exist; an empty Allow would claim none does
            return (allowed.isEmpty() ? answer : answer.allow(allowed)).build();
        }
        if (e instanceof NotAcceptableException) {
            return respond(Problem.of(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json"));
        }
        if (status == 400) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "The request is malformed"));
        }
        if (status < 500) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return respond(new Problem("about:blank", known == null ? "Client error" : known.getReasonPhrase(), status,
                    "The request cannot be served", List.of()));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof ProblemException p) {
            return problem(p);
        }
        if (cause instanceof JsonProcessingException j) {
            return unreadable(j);
        }
        if (cause instanceof ConstraintViolationException c) {
            return invalid(c);
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
            return concurrentWrite((RuntimeException) cause);
        }
        Optional<Problem> translated = translate(e);
        if (translated.isPresent()) {
            return respond(translated.get());
        }
        if (isUniqueViolation(e)) {
            // The services look for the record before inserting it, so this is two requests creating the same
            // one at the same moment (a client retrying a request that hung, say): the other one won.
            LOG.warnf("Concurrent creation of the same record (%s); answered 409", Failures.classChain(e));
            return respond(Problem.of(ProblemType.CONFLICT,
                    "The same record was being written by another request at the same moment; nothing was saved by "
                            + "this one. Read it and retry if still needed"));
        }
        if (Failures.isTransient(e)) {
            LOG.warnf("Transient failure while serving a request (%s); answered 503", Failures.classChain(e));
            return respond(Problem.of(ProblemType.UNAVAILABLE,
                    "The service cannot reach what it needs right now; nothing was saved. Retry shortly"), 5);
        }
        // Exception class only: messages of persistence errors can quote patient data.
        LOG.errorf("Unexpected failure while serving a request (%s)", Failures.classChain(e));
        return respond(Problem.of(ProblemType.INTERNAL, "The request could not be completed; nothing was saved"));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Problem> translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (ProblemTranslator translator : translators) {
                Optional<Problem> problem = translator.translate(t);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException || t instanceof JsonProcessingException
                    || t instanceof ConstraintViolationException || t instanceof OptimisticLockException
                    || t instanceof StaleObjectStateException) {
                return t;
            }
        }
        return e;
    }

    public static Response respond(Problem problem) {
        return respond(problem, 1);
    }

    /** A 503 is always "not now": it says when to try again. */
    private static Response respond(Problem problem, int retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return response.build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.details.weightKg" -> "weightKg", "list.size" -> "size": method and argument names mean
        // nothing to a client
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? parts[1] : path;
    }

    /** Jackson's failures as the field they concern and what it must be, never what was sent. */
    static final class JsonProblems {

        private JsonProblems() {
        }

        static Problem describe(JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? pathOf(m) : "";
            String message;
            if (e instanceof UnrecognizedPropertyException u) {
                field = field.isEmpty() ? u.getPropertyName() : field;
                message = "is not a known field";
            } else if (e instanceof FieldExpectation f) {
                message = "must be " + f.expectation();
            } else if (e instanceof InvalidNullException) {
                message = "must not be null, nor hold null elements";
            } else if (e instanceof InvalidFormatException f) {
                message = "must be " + expected(f.getTargetType());
            } else if (e instanceof MismatchedInputException m && !field.isEmpty()) {
                message = "must be " + expected(m.getTargetType());
            } else if (e.getCause() instanceof ProblemException p) {
                return p.problem();
            } else {
                String duplicate = duplicateField(e);
                if (duplicate != null) {
                    return Problem.of(ProblemType.MALFORMED_REQUEST, "Field '" + duplicate + "' appears more than once",
                            List.of(new Problem.Violation(duplicate, "appears more than once")));
                }
                return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON");
            }
            if (field.isEmpty()) {
                return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body " + message);
            }
            return Problem.of(ProblemType.MALFORMED_REQUEST, "Field '" + field + "' " + message,
                    List.of(new Problem.Violation(field, message)));
        }

        /** The name Jackson's strict duplicate detection reports, if that is what failed. */
        private static String duplicateField(JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message == null || !message.startsWith("Duplicate field '")) {
                return null;
            }
            int end = message.indexOf('\'', "Duplicate field '".length());
            String name = end < 0 ? "" : message.substring("Duplicate field '".length(), end);
            boolean plain = !name.isEmpty() && name.length() <= 64 && name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
            return plain ? name : "(a field)";
        }

        private static String pathOf(JsonMappingException e) {
            return e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }

        private static String expected(Class<?> type) {
            if (type == null) {
                return "of the documented type";
            }
            if (type.isEnum()) {
                return "one of " + Arrays.toString(type.getEnumConstants());
            }
            if (java.time.LocalDate.class.equals(type)) {
                return "a date as YYYY-MM-DD";
            }
            if (java.time.Instant.class.equals(type) || java.time.OffsetDateTime.class.equals(type)) {
                return "a UTC timestamp as ISO-8601 (e.g. 2026-01-31T14:00:00Z)";
            }
            if (Integer.class.equals(type) || int.class.equals(type) || Long.class.equals(type)
                    || long.class.equals(type) || Short.class.equals(type) || short.class.equals(type)) {
                return "a whole number";
            }
            if (Boolean.class.equals(type) || boolean.class.equals(type)) {
                return "true or false";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "a number";
            }
            if (java.util.UUID.class.equals(type)) {
                return "a UUID";
            }
            if (String.class.equals(type)) {
                return "a string";
            }
            if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                return "an array";
            }
            return "an object";
        }
    }
}
