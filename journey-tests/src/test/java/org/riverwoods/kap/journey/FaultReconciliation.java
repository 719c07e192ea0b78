package org.riverwoods.kap.journey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.riverwoods.kap.journey.FaultTrafficRecord.Kind;
import org.riverwoods.kap.testing.TestPostgres;

/**
 * The services' side of a scenario: what each owning service holds for what the clients saw
 * accepted, and what each downstream service made of the events, counted in their databases.
 * A row of the table is lost when an accepted request or an event has no effect, and duplicated
 * when it has more than one.
 */
final class FaultReconciliation {

    /**
     * outcomes-service writes a timeline line for every event about a patient on the topics it consumes,
     * except these (its TimelineProjection.LEFT_OUT).
     */
    static final Set<String> NOT_ON_THE_TIMELINE = Set.of("VitalsRecorded", "PatientUpdated");
    static final List<String> DATABASES = List.of("intake", "treatment", "infusion", "outcomes");

    /** One line of the table. */
    record Row(String what, long sent, long accepted, long effects, long lost, long duplicated) {
    }

    /** The table and the checks that are not rows: outboxes, dead letters. */
    record Result(List<Row> rows, Map<String, Long> unpublished, Map<String, Long> failedLetters,
            List<String> poisonNotDeadLettered) {

        long lost() {
            return rows.stream().mapToLong(Row::lost).sum();
        }

        long duplicated() {
            return rows.stream().mapToLong(Row::duplicated).sum();
        }

        boolean settled() {
            return lost() == 0 && unpublished.values().stream().allMatch(n -> n == 0) && poisonNotDeadLettered.isEmpty();
        }
    }

    private FaultReconciliation() {
    }

    static Result reconcile(FaultTrafficRecord record, Instant from, Instant to, List<FaultPoison.Sent> poison) {
        try (Connection intake = connect("intake"); Connection treatment = connect("treatment");
                Connection infusion = connect("infusion"); Connection outcomes = connect("outcomes")) {
            List<Row> rows = new ArrayList<>();
            Map<UUID, Long> registered = record.acceptedIds(Kind.REGISTRATION);
            UUID[] patients = registered.keySet().toArray(UUID[]::new);

            Map<UUID, Long> patientsFound = countBy(intake, "select id, 1 from patient where id = any(?)", patients);
            long strangers = count(intake, "select count(*) from patient where registered_at between ? and ? and id <> all(?)",
                    Timestamp.from(from), Timestamp.from(to), patients);
            rows.add(compare(Kind.REGISTRATION.label, record, Kind.REGISTRATION, ones(registered.keySet()), patientsFound,
                    strangers));
            rows.add(perPatient(record, Kind.INTAKE, countBy(intake,
                    "select patient_id, count(*) from intake where patient_id = any(?) group by patient_id", patients)));
            rows.add(perPatient(record, Kind.SCREENING, countBy(intake,
                    "select patient_id, count(*) from screening where patient_id = any(?) group by patient_id", patients)));
            rows.add(perPatient(record, Kind.CONSENT, countBy(intake,
                    "select patient_id, count(*) from consent where patient_id = any(?) group by patient_id", patients)));
            UUID[] completedIntakes = record.acceptedIds(Kind.INTAKE_COMPLETION).keySet().toArray(UUID[]::new);
            rows.add(perPatient(record, Kind.INTAKE_COMPLETION, countBy(intake,
                    "select id, 1 from intake where id = any(?) and status = 'COMPLETED'", completedIntakes)));

            rows.add(downstream("plan drafted per completed intake (treatment)", ones(List.of(completedIntakes)),
                    countBy(treatment, "select intake_id, count(*) from treatment_plan where intake_id = any(?) group by intake_id",
                            completedIntakes)));
            UUID[] activePlans = record.acceptedIds(Kind.PLAN_ACTIVATION).keySet().toArray(UUID[]::new);
            rows.add(perPatient(record, Kind.PLAN_ACTIVATION, countBy(treatment,
                    "select id, 1 from treatment_plan where id = any(?) and status = 'ACTIVE'", activePlans)));
            UUID[] infusionAppointments = countBy(treatment,
                    "select id, 1 from appointment where plan_id = any(?) and kind = 'KETAMINE_INFUSION'", activePlans)
                    .keySet().toArray(UUID[]::new);
            rows.add(downstream("session per booked infusion (infusion)", ones(List.of(infusionAppointments)),
                    countBy(infusion, "select appointment_id, count(*) from infusion_session where appointment_id = any(?) "
                            + "group by appointment_id", infusionAppointments)));
            UUID[] sessions = record.acceptedIds(Kind.INFUSION).keySet().toArray(UUID[]::new);
            rows.add(perPatient(record, Kind.INFUSION, countBy(infusion,
                    "select id, 1 from infusion_session where id = any(?) and status = 'DISCHARGED'", sessions)));
            UUID[] vials = record.acceptedIds(Kind.VIAL_RECEIPT).keySet().toArray(UUID[]::new);
            rows.add(perPatient(record, Kind.VIAL_RECEIPT, countBy(infusion, "select vial_id, count(*) from "
                    + "controlled_substance_entry where vial_id = any(?) and kind = 'RECEIPT' group by vial_id", vials)));
            rows.add(downstream("dose drawn per started infusion (ledger)", ones(List.of(sessions)), countBy(infusion,
                    "select session_id, count(*) from controlled_substance_entry where session_id = any(?) and kind = 'DRAW' "
                            + "group by session_id", sessions)));
            rows.add(perPatient(record, Kind.WASTE, countBy(infusion, "select vial_id, count(*) from "
                    + "controlled_substance_entry where vial_id = any(?) and kind = 'WASTE' group by vial_id", vials)));
            rows.add(perPatient(record, Kind.VITALS, countBy(infusion, "select s.patient_id, count(*) from vitals_reading v "
                    + "join infusion_session s on s.id = v.session_id where s.patient_id = any(?) group by s.patient_id", patients)));
            rows.add(downstream("completed-infusion count per plan (treatment)",
                    countBy(infusion, "select plan_id, count(*) from infusion_session where plan_id = any(?) "
                            + "and status = 'DISCHARGED' group by plan_id", activePlans),
                    countBy(treatment, "select id, completed_infusions from treatment_plan where id = any(?) "
                            + "and completed_infusions > 0", activePlans)));
            rows.add(timeline(patients, intake, treatment, infusion, outcomes));
            rows.add(perPatient(record, Kind.DIARY_DAY, countBy(outcomes,
                    "select patient_id, count(*) from diary_day where patient_id = any(?) group by patient_id", patients)));
            rows.add(perPatient(record, Kind.QUESTIONNAIRE, countBy(outcomes, "select patient_id, count(*) from "
                    + "questionnaire_response where patient_id = any(?) group by patient_id", patients)));

            Map<String, Long> unpublished = new LinkedHashMap<>();
            Map<String, Long> failed = new LinkedHashMap<>();
            Map<String, Connection> byDatabase = Map.of("intake", intake, "treatment", treatment, "infusion", infusion,
                    "outcomes", outcomes);
            List<String> poisonMissing = new ArrayList<>();
            for (String database : DATABASES) {
                Connection connection = byDatabase.get(database);
                unpublished.put(database, count(connection, "select count(*) from outbox_event where published_at is null"));
                failed.put(database, failedLetters(connection, poison));
                poisonMissing.addAll(poisonMissing(database + "-service", connection, poison));
            }
            return new Result(rows, unpublished, failed, poisonMissing);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reconcile: " + e.getMessage(), e);
        }
    }

    private static Object[] topicsOutcomesConsumes() {
        return FaultPoison.CONSUMERS.entrySet().stream().filter(e -> e.getValue().contains("outcomes-service"))
                .map(Map.Entry::getKey).toArray();
    }

    /** Every timeline-worthy event about the patients, from the three services' outboxes → one line each. */
    private static Row timeline(UUID[] patients, Connection... services) throws SQLException {
        String[] ids = java.util.Arrays.stream(patients).map(UUID::toString).toArray(String[]::new);
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (PreparedStatement query = services[i].prepareStatement(
                    "select id from outbox_event where payload->>'patientId' = any(?) and topic = any(?) "
                            + "and event_type <> all(?)")) {
                query.setArray(1, services[i].createArrayOf("varchar", ids));
                query.setArray(2, services[i].createArrayOf("varchar", topicsOutcomesConsumes()));
                query.setArray(3, services[i].createArrayOf("varchar", NOT_ON_THE_TIMELINE.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        events.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        Map<UUID, Long> lines = new HashMap<>();
        try (PreparedStatement query = services[3].prepareStatement(
                "select event_id, count(*) from timeline_entry where event_id = any(?) group by event_id")) {
            query.setArray(1, services[3].createArrayOf("varchar", events.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    lines.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return downstream("timeline line per event (outcomes)", ones(events), lines);
    }

    /** Letters given up on a valid event: any 'failed' letter that is not one of the poison records. */
    private static long failedLetters(Connection connection, List<FaultPoison.Sent> poison) throws SQLException {
        long failed = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "select topic, record_partition, record_offset from dead_letter where reason_kind <> 'poison'");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String topic = rs.getString(1);
                int partition = rs.getInt(2);
                long offset = rs.getLong(3);
                if (poison.stream().noneMatch(p -> p.topic().equals(topic) && p.partition() == partition
                        && p.offset() == offset)) {
                    failed++;
                }
            }
        }
        return failed;
    }

    private static List<String> poisonMissing(String service, Connection connection, List<FaultPoison.Sent> poison)
            throws SQLException {
        List<String> missing = new ArrayList<>();
        for (FaultPoison.Sent sent : poison) {
            if (!sent.deadLetteredBy().contains(service)) {
                continue;
            }
            if (count(connection, "select count(*) from dead_letter where topic = ? and record_partition = ? "
                    + "and record_offset = ?", sent.topic(), sent.partition(), sent.offset()) != 1) {
                missing.add(service + " " + sent.topic() + "-" + sent.partition() + "@" + sent.offset() + " (" + sent.shape() + ")");
            }
        }
        return missing;
    }

    private static Row perPatient(FaultTrafficRecord record, Kind kind, Map<UUID, Long> found) {
        return compare(kind.label, record, kind, record.acceptedIds(kind), found, 0);
    }

    private static Row compare(String what, FaultTrafficRecord record, Kind kind, Map<UUID, Long> expected,
            Map<UUID, Long> found, long extra) {
        long[] lostAndDuplicated = difference(expected, found);
        return new Row(what, record.sentCount(kind), record.acceptedCount(kind), sum(found), lostAndDuplicated[0],
                lostAndDuplicated[1] + extra);
    }

    /** A row for effects that come from events: "sent" and "accepted" are what the upstream service holds. */
    private static Row downstream(String what, Map<UUID, Long> expected, Map<UUID, Long> found) {
        long[] lostAndDuplicated = difference(expected, found);
        return new Row(what, sum(expected), sum(expected), sum(found), lostAndDuplicated[0], lostAndDuplicated[1]);
    }

    private static long[] difference(Map<UUID, Long> expected, Map<UUID, Long> found) {
        long lost = 0;
        long duplicated = 0;
        for (Map.Entry<UUID, Long> e : expected.entrySet()) {
            long have = found.getOrDefault(e.getKey(), 0L);
            lost += Math.max(0, e.getValue() - have);
            duplicated += Math.max(0, have - e.getValue());
        }
        for (Map.Entry<UUID, Long> f : found.entrySet()) {
            if (!expected.containsKey(f.getKey())) {
                duplicated += f.getValue();
            }
        }
        return new long[] { lost, duplicated };
    }

    private static Map<UUID, Long> ones(Collection<UUID> ids) {
        Map<UUID, Long> ones = new HashMap<>();
        ids.forEach(id -> ones.put(id, 1L));
        return ones;
    }

    private static long sum(Map<UUID, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestPostgres.jdbcUrl(database), TestPostgres.user(), TestPostgres.password());
    }

    private static Map<UUID, Long> countBy(Connection connection, String sql, UUID[] ids) throws SQLException {
        Map<UUID, Long> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof UUID[] ids) {
                    query.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else {
                    query.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
