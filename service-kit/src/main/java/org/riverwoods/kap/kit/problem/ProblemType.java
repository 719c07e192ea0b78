package org.riverwoods.kap.kit.problem;

/** The technical kinds of problem every service reports. */
public enum ProblemType implements ProblemKind {
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION_FAILED(400, "Validation failed"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Stale version"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    URI_TOO_LONG(414, "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "If-Match required"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Temporarily unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String uri() {
        return ProblemKind.uriOf(this);
    }
}
