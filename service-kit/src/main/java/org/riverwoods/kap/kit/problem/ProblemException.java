package org.riverwoods.kap.kit.problem;

/** Thrown for a client error; rendered as problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemKind kind, String detail) {
        this(Problem.of(kind, detail));
    }

    /** For problems that list several findings (e.g. every failed item of a check). */
    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalidField(field, message));
    }
}
