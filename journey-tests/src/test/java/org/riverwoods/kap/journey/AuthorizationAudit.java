package org.riverwoods.kap.journey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.riverwoods.kap.testing.TestPostgres;

/**
 * Reads each service's audit trail ({@code audit_entry}) after the walk: every 403 the walk was given
 * must be there as a DENIED entry of the caller who was refused, and the first patient's refusals on
 * paths naming the other patient must name that other patient.
 */
final class AuthorizationAudit {

    private static final Map<String, String> DATABASES = Map.of("intake-service", "intake", "treatment-service",
            "treatment", "infusion-service", "infusion", "outcomes-service", "outcomes");

    private AuthorizationAudit() {
    }

    /** What is missing from the audit trails; empty when every refusal is there. */
    static List<String> missingDenials(AuthorizationWalk walk, Instant since, UUID otherPatient, String patientSubject) {
        List<String> missing = new ArrayList<>();
        walk.refusals.forEach((service, byCaller) -> {
            Map<String, Integer> audited = deniedByActor(DATABASES.get(service), since);
            byCaller.forEach((caller, refused) -> {
                int found = audited.getOrDefault(caller, 0);
                if (found < refused) {
                    missing.add(service + ": " + caller + " was refused " + refused + " times, the audit trail has "
                            + found + " DENIED entries");
                }
            });
            System.out.printf("[authorization] %s audited %s DENIED entries for the walk's %s refusals%n", service,
                    audited, byCaller);
        });
        walk.refusalsNamingTheOtherPatient.forEach((service, refused) -> {
            int found = deniedNaming(DATABASES.get(service), since, patientSubject, otherPatient);
            if (found < refused) {
                missing.add(service + ": " + refused + " refusals of a patient asking for another patient's records, "
                        + found + " DENIED entries naming that other patient");
            }
        });
        return missing;
    }

    private static Map<String, Integer> deniedByActor(String database, Instant since) {
        Map<String, Integer> counts = new TreeMap<>();
        query(database, "select actor, count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' "
                + "and occurred_at >= ? group by actor", statement -> {
                    statement.setTimestamp(1, Timestamp.from(since));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.put(rows.getString(1), rows.getInt(2));
                        }
                    }
                });
        return counts;
    }

    private static int deniedNaming(String database, Instant since, String actor, UUID patientId) {
        int[] count = new int[1];
        query(database, "select count(*) from audit_entry where action = 'DENIED' and occurred_at >= ? "
                + "and actor = ? and patient_id = ?", statement -> {
                    statement.setTimestamp(1, Timestamp.from(since));
                    statement.setString(2, actor);
                    statement.setObject(3, patientId);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        count[0] = rows.getInt(1);
                    }
                });
        return count[0];
    }

    private interface Query {
        void run(PreparedStatement statement) throws SQLException;
    }

    private static void query(String database, String sql, Query query) {
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(database), TestPostgres.user(),
                TestPostgres.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
            query.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail of " + database + ": " + e.getSQLState(), e);
        }
    }
}
