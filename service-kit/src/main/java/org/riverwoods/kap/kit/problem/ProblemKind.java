package org.riverwoods.kap.kit.problem;

/**
 * A kind of problem with a stable type URI clients can switch on. The kit's own kinds are
 * {@link ProblemType}; a service adds its clinical kinds (e.g. a failed safety gate) as an enum
 * of its own implementing this interface.
 */
public interface ProblemKind {

    int status();

    String title();

    /** {@code urn:kap:problem:<kebab-case name>}. */
    String uri();

    static String uriOf(Enum<?> kind) {
        return "urn:kap:problem:" + kind.name().toLowerCase().replace('_', '-');
    }
}
