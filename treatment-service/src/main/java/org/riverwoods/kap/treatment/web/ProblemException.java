package org.riverwoods.kap.treatment.web;

/** Thrown by services for a client error; rendered as problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.problem = Problem.of(type, detail);
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
}
