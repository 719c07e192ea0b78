package org.riverwoods.kap.kit.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.riverwoods.kap.testing.TestPostgres;

/**
 * The test database read and written directly over JDBC, past the application: what a test
 * sees here is what was committed, whatever state the application's connections are in.
 */
public final class Database {

    private static volatile String url;

    private Database() {
    }

    /** The single number a query answers, e.g. a count. */
    public static long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** The single text a query answers, or null if it finds no row. */
    public static String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }

    /** The database's JDBC URL, not the application's (which may go through a proxy). */
    public static String jdbcUrl() {
        if (url == null) {
            url = TestPostgres.jdbcUrl(RealServicesForKit.DATABASE);
        }
        return url;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), TestPostgres.user(), TestPostgres.password());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
