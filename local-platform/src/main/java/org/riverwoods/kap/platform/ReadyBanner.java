package org.riverwoods.kap.platform;

import java.util.List;

import org.riverwoods.kap.testing.DevTokens;
import org.riverwoods.kap.testing.journey.SandboxSettings;

/** What a developer needs once everything is up: addresses, credentials, tokens, a first request. */
final class ReadyBanner {

    private static final List<String> STAFF_ROLES = List.of("prescriber", "nurse", "therapist", "analyst", "admin");
    private static final String LINE = "=".repeat(78);

    private ReadyBanner() {
    }

    static void print(PlatformHome home, List<RunningService> services, long startNanos) {
        System.out.println();
        System.out.println(LINE);
        System.out.println(" Local platform ready in " + Progress.seconds(startNanos)
                + "   (data in " + home.dataDir() + ")");
        System.out.println(LINE);
        services.stream().filter(s -> s.spec().isConsole()).findFirst().ifPresent(console -> {
            System.out.println("Clinic console (open it in a browser; development sign-in: pick a role)");
            row("URL", console.spec().baseUrl());
            row("Log", home.logFile(console.spec().name()).toString());
        });
        for (RunningService service : services) {
            ServiceSpec spec = service.spec();
            if (spec.isConsole()) {
                continue;
            }
            System.out.println(spec.name());
            row("API", spec.baseUrl());
            row("Swagger UI", spec.baseUrl() + "/q/swagger-ui");
            row("Health", spec.readyUrl());
            row("Log", home.logFile(spec.name()).toString());
        }
        System.out.println("Kafka");
        row("Bootstrap", BrokerConfig.BOOTSTRAP_SERVERS);
        row("Log", home.logFile("kafka").toString());
        System.out.println("PostgreSQL");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            row(spec.database(), Database.jdbcUrl(spec.database()) + "   user " + spec.user()
                    + " / password " + spec.password());
        }
        row("Log", home.logFile("postgres").toString());
        if (!SandboxSettings.inForce().isEmpty()) {
            System.out.println();
            System.out.println("Sandbox settings (not a clinic's; set the variable yourself to change it):");
            SandboxSettings.inForce().values().forEach(s -> System.out.println("  " + s.variable() + "=" + s.value()
                    + " (clinic default " + s.clinicDefault() + "): " + s.why()));
        }
        System.out.println();
        System.out.println("Bearer tokens (development key, valid 12 h):");
        for (String role : STAFF_ROLES) {
            System.out.println("  " + role + ":");
            System.out.println("    " + DevTokens.staff(role));
        }
        System.out.println("  A patient's token (only that patient's records): ./platform token patient <patientId>");
        System.out.println("  Any token into a shell variable:                 TOKEN=$(./platform token nurse)");
        services.stream().filter(s -> s.spec().name().equals("intake-service")).findFirst().ifPresent(intake -> {
            System.out.println();
            System.out.println("Try it (as a nurse):");
            System.out.println("  curl -s " + intake.spec().baseUrl() + "/api/v1/patients -H \"Authorization: Bearer "
                    + DevTokens.staff("nurse") + "\"");
        });
        System.out.println();
        services.stream().filter(s -> s.spec().isConsole()).findFirst().ifPresent(console -> System.out.println(
                "Open the clinic console: " + console.spec().baseUrl() + "  (sign in as a nurse to start an intake)"));
        System.out.println("Play a whole patient journey (intake to outcomes) from another terminal: ./platform demo");
        System.out.println("Stop with Ctrl+C here, or ./platform stop from another terminal; the data are kept.");
    }

    private static void row(String label, String value) {
        System.out.printf("  %-12s %s%n", label, value);
    }
}
