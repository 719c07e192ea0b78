package org.riverwoods.kap.testing.malformed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Row counts of every table of a database but the ones named (e.g. the audit trail, which records refusals). */
public final class RowCounts {

    private RowCounts() {
    }

    public static Supplier<Map<String, Long>> of(String jdbcUrl, String user, String password, String... excluded) {
        Set<String> skip = Set.of(excluded);
        return () -> {
            try (Connection db = DriverManager.getConnection(jdbcUrl, user, password); Statement st = db.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                    while (rs.next()) {
                        if (!skip.contains(rs.getString(1)) && !rs.getString(1).startsWith("flyway")) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
                Map<String, Long> counts = new TreeMap<>();
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("select count(*) from \"" + table + "\"")) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count rows", e);
            }
        };
    }
}
