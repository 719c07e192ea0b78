package org.riverwoods.kap.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.riverwoods.kap.journey.AuthorizationMatrix.Cell;
import org.riverwoods.kap.journey.AuthorizationMatrix.Expected;
import org.riverwoods.kap.journey.AuthorizationMatrix.Operation;

/**
 * The README's role tables ("Tokens and roles"), one per service, written from the matrix: for each
 * role, what it may do, grouped by what it works on ("consents: record, list, read, revoke"). Roles
 * that may do the same share a row.
 */
final class AuthorizationReadme {

    static final String BEGIN = "<!-- authorization-matrix:begin -->";
    static final String END = "<!-- authorization-matrix:end -->";
    static final String WRITE_PROPERTY = "kap.authorization.write-readme";
    static final String REGENERATE = "./mvnw -B -o test -pl journey-tests -Dtest=AuthorizationReadmeTest -D"
            + WRITE_PROPERTY + "=true";

    /** The README's roles, in its order; the patient's row is the patient (own) column. */
    private static final List<AuthorizationColumn> ROLES = List.of(AuthorizationColumn.PRESCRIBER,
            AuthorizationColumn.NURSE, AuthorizationColumn.THERAPIST, AuthorizationColumn.PATIENT_OWN,
            AuthorizationColumn.ANALYST, AuthorizationColumn.ADMIN);

    private AuthorizationReadme() {
    }

    /** The block between the markers, markers included. */
    static String block(AuthorizationMatrix matrix) {
        StringBuilder text = new StringBuilder(BEGIN).append('\n');
        text.append("<!-- generated from docs/authorization-matrix.md; do not edit here. Regenerate: ")
                .append(REGENERATE).append(" -->\n");
        matrix.services().forEach((service, operations) -> text.append('\n').append(table(service, operations)));
        return text.append('\n').append(END).toString();
    }

    static String table(String service, List<Operation> operations) {
        Map<String, List<String>> rolesByDuties = new LinkedHashMap<>();
        for (AuthorizationColumn role : ROLES) {
            rolesByDuties.computeIfAbsent(duties(role, operations), d -> new ArrayList<>()).add(role.role);
        }
        StringBuilder table = new StringBuilder("| role | ").append(service).append(" |\n|---|---|\n");
        rolesByDuties.forEach((duties, roles) -> table.append("| ").append(String.join(", ", roles)).append(" | ")
                .append(duties).append(" |\n"));
        return table.toString();
    }

    /** "patients: register, read; consents: record" for the operations the column may call. */
    static String duties(AuthorizationColumn role, List<Operation> operations) {
        Map<String, List<String>> verbsByArea = new LinkedHashMap<>();
        for (Operation operation : operations) {
            Cell cell = operation.cell(role);
            if (cell.expected() != Expected.OK) {
                continue;
            }
            int colon = operation.what().indexOf(':');
            String area = colon < 0 ? operation.what() : operation.what().substring(0, colon).strip();
            String verb = colon < 0 ? "" : operation.what().substring(colon + 1).strip();
            verbsByArea.computeIfAbsent(area, a -> new ArrayList<>())
                    .add(verb + (cell.remark() == null ? "" : " (" + cell.remark() + ")"));
        }
        if (verbsByArea.isEmpty()) {
            return "nothing";
        }
        String duties = verbsByArea.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        return role == AuthorizationColumn.PATIENT_OWN ? "her own records only. " + duties : duties;
    }

    /** The README with its block replaced by {@code block}; fails if the markers are missing. */
    static String withBlock(String readme, String block) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("README.md has no " + BEGIN + " ... " + END + " block");
        }
        return readme.substring(0, begin) + block + readme.substring(end + END.length());
    }

    /** The block as it is in the README now. */
    static String currentBlock(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("README.md has no " + BEGIN + " ... " + END + " block");
        }
        return readme.substring(begin, end + END.length());
    }
}
