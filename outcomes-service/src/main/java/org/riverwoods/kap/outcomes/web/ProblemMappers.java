package org.riverwoods.kap.outcomes.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into {@code application/problem+json}. Client mistakes get a 4xx that says
 * what to fix; messages name fields, never the values sent, so no patient data reaches a log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

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
        return respond(new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title(), 400,
                detail, violations));
    }

    // Listed one by one: Quarkus has its own (plain JSON) mapper for some of these subclasses.
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, describe(e)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required (Authorization: Bearer <JWT>)")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation"));
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
        if (status == 400) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON"));
        }
        if (e instanceof NotFoundException) {
            return respond(Problem.of(ProblemType.NOT_FOUND, "No such resource"));
        }
        if (e instanceof NotSupportedException) {
            return respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json"));
        }
        if (e instanceof NotAllowedException || e instanceof NotAcceptableException || status < 500) {
            return respond(new Problem("about:blank", Response.Status.fromStatusCode(status) == null
                    ? "Client error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                    safeMessage(e), List.of()));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause != e) {
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
        }
        // Exception class only: messages of persistence errors can quote patient data.
        LOG.errorf("Unexpected %s while serving a request", e.getClass().getName());
        return respond(Problem.of(ProblemType.INTERNAL, "The request could not be completed; nothing was saved"));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current instanceof ProblemException || current instanceof JsonProcessingException
                    || current instanceof ConstraintViolationException || current instanceof OptimisticLockException
                    || current instanceof StaleObjectStateException) {
                return current;
            }
        }
        return e;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "register.details.weightKg" -> "weightKg", "list.size" -> "size": method and argument names mean
        // nothing to a client
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? parts[1] : path;
    }

    private static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'" + (field.isEmpty() ? "" : " at " + field);
        }
        if (e instanceof InvalidFormatException f) {
            return "Field '" + field + "' must be " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && !field.isEmpty()) {
            return "Field '" + field + "' must be " + expected(m.getTargetType());
        }
        return "The request body is not valid JSON";
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
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.time.LocalDate.class.equals(type)) {
            return "a date as YYYY-MM-DD";
        }
        if (java.time.Instant.class.equals(type)) {
            return "a UTC timestamp as ISO-8601 (e.g. 2026-01-31T14:00:00Z)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.UUID.class.equals(type)) {
            return "a UUID";
        }
        return "a " + type.getSimpleName();
    }

    private static String safeMessage(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "The request cannot be served" : message;
    }
}
