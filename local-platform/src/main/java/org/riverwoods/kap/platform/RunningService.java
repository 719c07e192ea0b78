package org.riverwoods.kap.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.SandboxSettings;

/** A Quarkus service started from its built {@code quarkus-run.jar}, wired to the local servers. */
final class RunningService {

    /** A stop that writes the class-data archive takes longer; cutting it short would lose the archive. */
    private static final Duration GRACE_WHILE_ARCHIVING = Duration.ofSeconds(60);

    private final ServiceSpec spec;
    private final ChildProcess process;
    private final boolean writesArchive;

    private RunningService(ServiceSpec spec, ChildProcess process, boolean writesArchive) {
        this.spec = spec;
        this.process = process;
        this.writesArchive = writesArchive;
    }

    /**
     * JVM options of every service on the local platform; {@code KAP_SERVICE_JVM_OPTIONS} replaces
     * them (space-separated). Four services, a broker and PostgreSQL share a developer's machine: a
     * serial collector has no collector threads competing for its cores and the smallest footprint;
     * a capped heap keeps an idle service from holding memory it once touched; the C1 compiler alone
     * starts a service in about two thirds of the time, because C2 compiling during start-up takes the
     * cores the four services need. Container images keep the JVM's defaults. Measured in
     * docs/performance-levers.md.
     */
    static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m"
            + " -XX:TieredStopAtLevel=1";

    static RunningService start(ServiceSpec spec, PlatformHome home) {
        List<String> args = new java.util.ArrayList<>(jvmOptions());
        String archive = ClassDataArchive.of(home.serviceJar(spec)).option();
        args.add(archive);
        args.addAll(List.of("-jar", home.serviceJar(spec).toString()));
        return new RunningService(spec, ChildProcess.startJava(spec.name(), home, args, environment(spec),
                home.logFile(spec.name()), false), archive.startsWith("-XX:ArchiveClassesAtExit"));
    }

    static List<String> jvmOptions() {
        String options = System.getenv().getOrDefault("KAP_SERVICE_JVM_OPTIONS", JVM_OPTIONS).trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** Environment variables override the service's application.properties, name for name. */
    private static Map<String, String> environment(ServiceSpec spec) {
        if (spec.isConsole()) {
            return consoleEnvironment(spec);
        }
        Map<String, String> env = new java.util.HashMap<>(SandboxSettings.environment());
        env.putAll(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(spec.port()),
                // the development signing key is public: whoever reaches the port could mint tokens
                "QUARKUS_HTTP_HOST", "localhost",
                "QUARKUS_DATASOURCE_JDBC_URL", Database.jdbcUrl(spec.database()),
                "QUARKUS_DATASOURCE_USERNAME", spec.user(),
                "QUARKUS_DATASOURCE_PASSWORD", spec.password(),
                "KAFKA_BOOTSTRAP_SERVERS", BrokerConfig.BOOTSTRAP_SERVERS,
                "MP_JWT_VERIFY_PUBLICKEY", DevTokens.publicKeyPem(),
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
        return env;
    }

    /**
     * The console on the local platform: the four services' addresses, and the development sign-in
     * (pick a role) with the development key. Only here is it turned on; containers never set these.
     */
    private static Map<String, String> consoleEnvironment(ServiceSpec console) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(console.port()));
        // the development sign-in hands out tokens: only this machine may reach it
        env.put("QUARKUS_HTTP_HOST", "localhost");
        for (ServiceSpec service : ServiceSpec.ALL) {
            String key = service.name().replace("-service", "").toUpperCase(java.util.Locale.ROOT);
            env.put("KAP_CONSOLE_SERVICES_" + key + "_URL", service.baseUrl());
        }
        env.put("KAP_CONSOLE_DEV_SIGN_IN_ENABLED", "true");
        env.put("KAP_CONSOLE_OIDC_ENABLED", "false");
        env.put("KAP_CONSOLE_DEV_SIGN_IN_SIGNING_KEY", DevTokens.privateKeyPem());
        return env;
    }

    /** Waits for the readiness check to answer 200; fails if the service exits or takes too long. */
    void awaitReady(Duration timeout, Progress progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (true) {
            if (!process.isAlive()) {
                throw failure("it exited with code " + process.exitValue());
            }
            lastStatus = Probes.httpStatus(spec.readyUrl());
            if (lastStatus == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw failure(spec.readyUrl() + " still answers " + (lastStatus < 0 ? "nothing" : "HTTP " + lastStatus)
                        + " after " + timeout.toSeconds() + " s");
            }
            progress.tick();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted");
            }
        }
    }

    private LaunchException failure(String why) {
        return new LaunchException(spec.name() + " did not become ready: " + why + "; see " + process.log());
    }

    ServiceSpec spec() {
        return spec;
    }

    /** How long a stop request may take before the service is killed. */
    Duration stopGrace() {
        return writesArchive ? GRACE_WHILE_ARCHIVING : RunningPlatform.GRACE;
    }

    ChildProcess process() {
        return process;
    }
}
