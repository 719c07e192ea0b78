package org.riverwoods.kap.kit.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is in the request and what is wrong with it (never its value). */
    public record Violation(String field, String message) {
    }

    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind.uri(), kind.title(), kind.status(), detail, List.of());
    }

    /** A problem listing every finding, e.g. every wrong item of a questionnaire. */
    public static Problem of(ProblemKind kind, String detail, List<Violation> violations) {
        return new Problem(kind.uri(), kind.title(), kind.status(), detail, List.copyOf(violations));
    }

    /** 400 naming one field; the message says what is expected, never what was sent. */
    public static Problem invalidField(String field, String message) {
        return of(ProblemType.VALIDATION_FAILED, field + " " + message, List.of(new Violation(field, message)));
    }
}
