package org.riverwoods.kap.kit.rest;

import jakarta.ws.rs.core.EntityTag;

import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

/**
 * Optimistic concurrency for updates: the ETag is the row version, and an update must send it
 * back in {@code If-Match}. Two nurses editing the same record cannot overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Fails with 428 when If-Match is missing and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in an If-Match header, so a stale copy cannot overwrite newer data");
        }
        String expected = "\"" + currentVersion + "\"";
        boolean matches = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(expected) || tag.equals("*")) {
                matches = true;
            }
        }
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The record has changed since you read it (current ETag " + expected + "); read it again and retry");
        }
    }
}
