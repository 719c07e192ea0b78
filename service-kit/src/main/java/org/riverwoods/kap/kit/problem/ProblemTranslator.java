package org.riverwoods.kap.kit.problem;

import java.util.Optional;

/**
 * The extension point for a service's own exceptions that mean a client error (e.g. a vitals
 * reading no monitor could produce). A service declares a bean implementing it; the kit's mappers
 * ask every translator before treating an exception as unexpected.
 */
public interface ProblemTranslator {

    Optional<Problem> translate(Throwable failure);
}
