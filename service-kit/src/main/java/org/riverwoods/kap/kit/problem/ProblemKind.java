package org.riverwoods.kap.kit.problem;

/**
 * A kind of problem with a stable type URI clients can switch on. The kit's own kinds are
 * {@link ProblemType}; a service names its clinical kinds (e.g. a failed safety gate) with
 * {@link #of(String, int, String)}.
 */
public interface ProblemKind {

    int status();

    String title();

    /** {@code urn:kap:problem:<kebab-case name>}. */
    String uri();

    static String uriOf(Enum<?> kind) {
        return uriOf(kind.name());
    }

    /** A service's own kind, e.g. {@code of("SAFETY_GATE_FAILED", 409, "Safety gate not passed")}. */
    static ProblemKind of(String name, int status, String title) {
        String uri = uriOf(name);
        record Named(int status, String title, String uri) implements ProblemKind {
        }
        return new Named(status, title, uri);
    }

    private static String uriOf(String name) {
        return "urn:kap:problem:" + name.toLowerCase().replace('_', '-');
    }
}
