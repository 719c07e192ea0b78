package org.riverwoods.kap.platform.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * The phases of {@code ./platform bench}, in order: the platform just after start, the raw limits
 * of this machine, then the platform's registration, reads and event hops; each target of the
 * project is then checked against figures from this same run.
 */
public final class Benchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(10);
    private static final int[] RAW_CLIENTS = { 1, 8, 32 };
    private static final int[] CONNECTIONS = { 1, 8, 32, 64, 256 };
    private static final double HOP_RATE = 200;
    private static final int EFFECT_INTAKES = 400; // 2 s at 200/s
    private static final int CHAIRS = 32;
    private static final Duration VITALS = Duration.ofSeconds(60);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Report report;
    private final String bootstrap;
    private final String adminJdbcUrl;
    private final String user;
    private final String password;
    private final PlatformUrls urls;
    private final URI intake;
    private final String nurse = DevTokens.staff("bench-nurse", "nurse");
    private final String prescriber = DevTokens.staff("bench-prescriber", "prescriber");

    public Benchmark(Report report, String bootstrap, String adminJdbcUrl, String user, String password,
            PlatformUrls urls) {
        this.report = report;
        this.bootstrap = bootstrap;
        this.adminJdbcUrl = adminJdbcUrl;
        this.user = user;
        this.password = password;
        this.urls = urls;
        this.intake = URI.create(urls.intake());
    }

    public void run() throws Exception {
        try (LeanHttp http = new LeanHttp(intake)) {
            LeanHttp.Answer first = http.send(registration(0, 0));
            if (first.status() != 201) {
                throw new IllegalStateException("a registration answered " + first.status() + ": " + first.body());
            }
        }
        System.out.println("Benchmark: the platform just after start (registrations, 8 connections, 20 s) ...");
        Measured cold = HttpLoad.closed("registration just after start (first 20 s), 8 connections", intake, 8,
                Duration.ZERO, Duration.ofSeconds(20), this::registration, 201);
        report.platform(cold);

        System.out.println("Benchmark: raw limits of this machine ...");
        String benchDb = benchDatabase();
        List<Measured> raw = new ArrayList<>();
        for (int clients : RAW_CLIENTS) {
            raw.add(RawLimits.databaseWrites(benchDb, user, password, clients, WARM_UP, MEASURED));
            report.raw(raw.get(raw.size() - 1));
        }
        report.raw(RawLimits.brokerSends(bootstrap, WARM_UP, MEASURED));

        System.out.println("Benchmark: warming the services up (registrations, 32 connections, 40 s, not counted) ...");
        HttpLoad.closed("warm-up", intake, 32, Duration.ZERO, Duration.ofSeconds(40), this::registration, 201);

        System.out.println("Benchmark: registration over REST ...");
        List<Measured> registrations = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            Measured m = HttpLoad.closed("registration (POST /api/v1/patients), " + connections + " connection"
                    + (connections == 1 ? "" : "s"), intake, connections, WARM_UP, MEASURED, this::registration, 201);
            registrations.add(m);
            report.platform(m);
        }

        System.out.println("Benchmark: reads of a patient ...");
        List<String> ids = registerPatients(200);
        Measured reads = HttpLoad.closed("read a patient (GET /api/v1/patients/{id}), 32 connections", intake, 32,
                WARM_UP, MEASURED, (connection, n) -> get("/api/v1/patients/" + ids.get(n % ids.size())), 200);
        report.platform(reads);

        System.out.println("Benchmark: event hops at a fixed 200 registrations/s ...");
        Measured publish;
        Measured consumed;
        Measured fixedRate;
        try (EventHops hops = new EventHops(bootstrap, "intake.patients", "PatientRegistered")) {
            HttpLoad.open("warm-up at 200/s", intake, HOP_RATE, Duration.ofSeconds(3), n -> registration(0, n), 201,
                    null);
            Thread.sleep(500);
            hops.reset();
            fixedRate = HttpLoad.open("registration at a fixed 200/s (latency from when due)", intake, HOP_RATE,
                    Duration.ofSeconds(20), n -> registration(0, n), 201, null);
            Thread.sleep(1000);
            publish = hops.commitToPublish(20);
            consumed = hops.commitToConsumed(20);
        }
        report.platform(fixedRate);
        report.platform(publish);
        report.platform(consumed);

        Preparation preparation = new Preparation(urls, nurse);
        System.out.println("Benchmark: " + EFFECT_INTAKES + " intakes made ready to complete (not counted) ...");
        List<Preparation.ReadyIntake> ready = preparation.intakesReadyToComplete(EFFECT_INTAKES, 8);
        System.out.println("Benchmark: REST to effect in another service at a fixed 200 completions/s ...");
        List<Measured> effect = new RestToEffect(urls, nurse, prescriber).run(ready, HOP_RATE);
        effect.forEach(report::platform);

        System.out.println("Benchmark: " + CHAIRS + " infusions started (not counted) ...");
        List<UUID> sessions = preparation.infusingSessions(CHAIRS, 8);
        System.out.println("Benchmark: vitals readings for " + VITALS.toSeconds() + " s ...");
        List<Measured> vitals = new VitalsLoad(URI.create(urls.infusion()), nurse, bootstrap).run(sessions, VITALS);
        vitals.forEach(report::platform);

        targets(cold, raw, registrations, reads, publish, effect.get(1), vitals);
    }

    private void targets(Measured cold, List<Measured> raw, List<Measured> registrations, Measured reads,
            Measured publish, Measured effect, List<Measured> vitals) {
        Measured raw8 = raw.get(1);
        Measured raw32 = raw.get(2);
        Measured reg8 = registrations.get(1);
        Measured reg32 = registrations.get(2);
        Measured reg256 = registrations.get(4);
        double at8 = reg8.perSecond() / raw8.perSecond();
        double at32 = reg32.perSecond() / raw32.perSecond();
        report.target("registration / raw write limit, 8 connections", ">= 50%", percent(at8), at8 >= 0.5);
        report.target("registration / raw write limit, 32 connections", ">= 50%", percent(at32), at32 >= 0.5);
        report.target("256 connections: throughput vs 32, p99, errors", ">= 32's, < 250 ms, 0",
                String.format(Locale.ROOT, "%.0f/s vs %.0f/s, %.0f ms, %d", reg256.perSecond(), reg32.perSecond(),
                        reg256.p99Ms(), reg256.errors()),
                reg256.perSecond() >= reg32.perSecond() && reg256.p99Ms() < 250 && reg256.errors() == 0);
        report.target("commit to publish p99 at 200 events/s", "< 10 ms", ms(publish.p99Ms()), publish.p99Ms() < 10);
        report.target("REST to effect in another service p99 at 200/s", "< 25 ms, none missing",
                ms(effect.p99Ms()) + ", " + effect.errors() + " missing", effect.p99Ms() < 25 && effect.errors() == 0);
        Measured readings = vitals.get(0);
        Measured alerts = vitals.get(1);
        Measured lag = vitals.get(2);
        report.target("vitals readings/s for 60 s, alerts published p99, lag to zero", ">= 5,000/s, < 1 s, < 5 s",
                String.format(Locale.ROOT, "%.0f/s, %.0f ms, %s", readings.perSecond(), alerts.p99Ms(),
                        lag.errors() > 0 ? "not within 60 s" : ms(lag.p99Ms())),
                readings.perSecond() >= 5000 && readings.errors() == 0 && alerts.p99Ms() < 1000 && lag.errors() == 0
                        && lag.p99Ms() < 5000);
        report.target("patient reads", ">= 5,000/s", String.format(Locale.ROOT, "%.0f/s", reads.perSecond()),
                reads.perSecond() >= 5000);
        double coldRatio = cold.perSecond() / reg8.perSecond();
        report.target("first minute after start vs warm, 8 connections", "within 2x (>= 50%)", percent(coldRatio),
                coldRatio >= 0.5);
    }

    public void startAndMemoryTargets(double readySeconds, long rssAfterReadyMiB, long rssAfterLoadMiB) {
        report.target("whole local platform ready", "< 15 s", String.format(Locale.ROOT, "%.1f s", readySeconds),
                readySeconds < 15);
        report.target("RSS of everything after ready", "< 1,536 MiB", rssAfterReadyMiB + " MiB", rssAfterReadyMiB < 1536);
        report.target("RSS of everything after the benchmark", "< 2,048 MiB", rssAfterLoadMiB + " MiB",
                rssAfterLoadMiB < 2048);
    }

    private LeanHttp.Request registration(int connection, int n) {
        String body = """
                {"medicalRecordNumber":"B-%s","givenName":"Bench","familyName":"Patient","dateOfBirth":"1984-03-12",
                 "sex":"FEMALE","email":"bench@example.org","phone":"+1 801 555 0100","weightKg":72.5,
                 "weightMeasuredOn":"2026-11-20"}""".formatted(UUID.randomUUID().toString().substring(24));
        return new LeanHttp.Request("POST", "/api/v1/patients", Map.of("Authorization", "Bearer " + nurse,
                "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()), body);
    }

    private LeanHttp.Request get(String path) {
        return new LeanHttp.Request("GET", path, Map.of("Authorization", "Bearer " + nurse), null);
    }

    private List<String> registerPatients(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (LeanHttp http = new LeanHttp(intake)) {
            for (int i = 0; i < count; i++) {
                Matcher m = ID.matcher(http.send(registration(0, i)).body());
                if (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    /** A scratch database on the platform's PostgreSQL, so the raw limit has the same server settings. */
    private String benchDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection(adminJdbcUrl, user, password);
             Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("select 1 from pg_database where datname = 'bench'")) {
            if (!rs.next()) {
                st.execute("create database bench");
            }
        }
        return adminJdbcUrl.substring(0, adminJdbcUrl.lastIndexOf('/') + 1) + "bench";
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
