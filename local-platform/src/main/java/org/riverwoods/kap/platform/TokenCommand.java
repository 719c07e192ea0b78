package org.riverwoods.kap.platform;

import java.util.List;
import java.util.UUID;

import org.riverwoods.kap.testing.DevTokens;

/** {@code token <role> [patientId]}: prints only the token, for {@code TOKEN=$(./platform token nurse)}. */
final class TokenCommand {

    /** UUID.fromString alone would also accept forms such as "1-2-3-4-5". */
    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private TokenCommand() {
    }

    static int run(List<String> args) {
        List<String> roles = DevTokens.ROLES.stream().sorted().toList();
        if (args.isEmpty() || args.size() > 2) {
            return error("Usage: ./platform token <role> [patientId]; roles: " + String.join(", ", roles));
        }
        String role = args.get(0);
        if (!DevTokens.ROLES.contains(role)) {
            return error("Unknown role '" + role + "'; roles: " + String.join(", ", roles));
        }
        UUID patientId = null;
        if ("patient".equals(role)) {
            if (args.size() < 2 || !args.get(1).matches(UUID_PATTERN)) {
                return error("A patient token needs the patient's id as a UUID: ./platform token patient <patientId>"
                        + (args.size() < 2 ? "" : " ('" + args.get(1) + "' is not a UUID)"));
            }
            patientId = UUID.fromString(args.get(1));
        } else if (args.size() == 2) {
            return error("Only a patient token takes a patient id; a " + role + " token does not.");
        }
        System.out.println(DevTokens.forRole(role, patientId));
        return 0;
    }

    private static int error(String message) {
        System.err.println("ERROR: " + message);
        return 2;
    }
}
