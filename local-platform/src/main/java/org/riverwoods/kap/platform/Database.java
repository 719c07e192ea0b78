package org.riverwoods.kap.platform;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform's PostgreSQL server, run by zonky's embedded binaries with its data in
 * {@code .platform/postgres}, kept between runs.
 */
final class Database {

    static final int PORT = 15432;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private Database(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** True when the next start will create a new cluster rather than reuse the existing data. */
    static boolean isNew(PlatformHome home) {
        // zonky runs initdb exactly when postgresql.conf is missing
        return !Files.exists(home.postgresDir().resolve("postgresql.conf"));
    }

    static Database start(PlatformHome home) {
        Path log = home.logFile("postgres");
        try {
            Files.createDirectories(home.logsDir());
            Files.write(log, new byte[0]);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(home.postgresDir())
                    .setCleanDataDirectory(false)
                    .setPort(PORT)
                    // zonky tunes for throw-away test data (fsync off, asynchronous commit); these data must
                    // survive a crash of the machine
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // our own hook stops PostgreSQL last, after the services that use it
                    .setRegisterShutdownHook(false)
                    // recovery after an unclean stop can take longer than zonky's 10 s default
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start();
            return new Database(postgres, home.postgresDir());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("PostgreSQL did not start (" + e.getMessage() + "); see " + log, e);
        }
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + PORT + "/" + database;
    }

    /** Creates the service's role and database unless they exist; true if anything was created. */
    boolean ensureDatabase(ServiceSpec service) {
        String name = requireIdentifier(service.database());
        String owner = requireIdentifier(service.user());
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement ddl = admin.createStatement()) {
            boolean created = false;
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", owner)) {
                ddl.execute("create role " + owner + " login password '" + service.password().replace("'", "''") + "'");
                created = true;
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                ddl.execute("create database " + name + " owner " + owner);
                created = true;
            }
            return created;
        } catch (SQLException e) {
            throw new LaunchException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server (fast mode: open sessions are ended, everything committed is kept). */
    String stop() {
        long started = System.nanoTime();
        try {
            postgres.close();
        } catch (IOException e) {
            return "stop failed: " + e.getMessage();
        }
        // zonky's pg_ctl waits only 5 s; report the truth rather than its exit code
        Path pidFile = dataDir.resolve("postmaster.pid");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            sleep(100);
        }
        return Files.exists(pidFile) ? "still shutting down after 30 s (postmaster.pid remains)"
                : "stopped in " + Progress.seconds(System.nanoTime() - started);
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Names go into DDL, which takes no bind parameters. */
    private static String requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database and role names are lower-case identifiers: " + name);
        }
        return name;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
