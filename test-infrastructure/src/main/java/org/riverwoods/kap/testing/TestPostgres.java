package org.riverwoods.kap.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, one database per service.
 *
 * <p>Set {@code KAP_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://localhost:5432/}),
 * {@code KAP_TEST_POSTGRES_USER} and {@code KAP_TEST_POSTGRES_PASSWORD} to use an external server;
 * the databases are created there if missing.
 */
public final class TestPostgres {

    public static final String EXTERNAL_URL_ENV = "KAP_TEST_POSTGRES_URL";
    private static final String REGISTRY_KEY = "kap.test.postgres.base-url";
    private static final String EMBEDDED_USER = "postgres";
    private static final String EMBEDDED_PASSWORD = "postgres";

    private TestPostgres() {
    }

    /** JDBC URL of {@code database} on the shared server, creating the database if needed. */
    public static String jdbcUrl(String database) {
        String base = baseUrl();
        createDatabaseIfMissing(base, database);
        return base + database;
    }

    public static String user() {
        String external = System.getenv("KAP_TEST_POSTGRES_USER");
        return external != null && isExternal() ? external : EMBEDDED_USER;
    }

    public static String password() {
        String external = System.getenv("KAP_TEST_POSTGRES_PASSWORD");
        return external != null && isExternal() ? external : EMBEDDED_PASSWORD;
    }

    private static boolean isExternal() {
        String external = System.getenv(EXTERNAL_URL_ENV);
        return external != null && !external.isBlank();
    }

    private static String baseUrl() {
        if (isExternal()) {
            String url = System.getenv(EXTERNAL_URL_ENV);
            return url.endsWith("/") ? url : url + "/";
        }
        return JvmRegistry.getOrStart(REGISTRY_KEY, TestPostgres::startEmbedded);
    }

    private static String startEmbedded() {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "test-postgres-stop"));
            String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            System.out.printf("[test-infrastructure] PostgreSQL ready at %s in %d ms%n",
                    base, (System.nanoTime() - started) / 1_000_000);
            return base;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static void createDatabaseIfMissing(String base, String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case identifiers: " + database);
        }
        try (Connection admin = DriverManager.getConnection(base + "postgres", user(), password());
             Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created concurrently by another test JVM
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
