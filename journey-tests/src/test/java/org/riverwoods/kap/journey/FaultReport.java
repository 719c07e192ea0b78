package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The reconciliation tables of the fault tier, printed and written to {@code target/fault-report.md}. */
final class FaultReport {

    record Scenario(String name, FaultReconciliation.Result result, FaultTrafficRecord record, FaultClient client,
            FaultTraffic traffic, double recoverySeconds) {
    }

    private FaultReport() {
    }

    static String table(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(scenario.name()).append("\n\n");
        out.append(String.format("%d journeys completed in %.0f s (%.2f journeys/s), %d failed; recovered %.1f s after "
                + "the fault ended%n%n", scenario.record().completedJourneys(), scenario.traffic().seconds(),
                scenario.traffic().journeysPerSecond(), scenario.record().failures().size(), scenario.recoverySeconds()));
        out.append("| kind | sent | accepted | effects | lost | duplicated |\n|---|---:|---:|---:|---:|---:|\n");
        for (FaultReconciliation.Row row : scenario.result().rows()) {
            out.append(String.format("| %s | %d | %d | %d | %d | %d |%n", row.what(), row.sent(), row.accepted(),
                    row.effects(), row.lost(), row.duplicated()));
        }
        out.append("\nunpublished outbox rows ").append(scenario.result().unpublished())
                .append("; valid events dead-lettered ").append(scenario.result().failedLetters())
                .append("; poison records not dead-lettered ").append(scenario.result().poisonNotDeadLettered().size())
                .append("\n\nanswers seen by the clients: ").append(scenario.client().answers()).append('\n');
        List<String> poison = scenario.result().poisonNotDeadLettered();
        if (!poison.isEmpty()) {
            out.append("\npoison records not dead-lettered: ").append(poison.subList(0, Math.min(40, poison.size())))
                    .append('\n');
        }
        List<String> forbidden = scenario.client().forbiddenAnswers();
        if (!forbidden.isEmpty()) {
            out.append("\nforbidden answers (").append(forbidden.size()).append("): ")
                    .append(forbidden.subList(0, Math.min(10, forbidden.size()))).append('\n');
        }
        List<String> failures = scenario.record().failures();
        if (!failures.isEmpty()) {
            out.append("\nfailed journeys (").append(failures.size()).append("): ")
                    .append(failures.subList(0, Math.min(10, failures.size()))).append('\n');
        }
        return out.toString();
    }

    static void write(List<Scenario> scenarios, int journeys, int clients) {
        StringBuilder out = new StringBuilder("# Fault tier: reconciliation\n\n")
                .append(String.format("At least %d patient journeys per scenario, %d clients at once, on %d cores.%n%n",
                        journeys, clients, Runtime.getRuntime().availableProcessors()));
        scenarios.forEach(s -> out.append(table(s)).append('\n'));
        Path file = JourneyPlatform.repositoryRoot().resolve("journey-tests/target/fault-report.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        System.out.println("[faults] tables written to " + file);
    }
}
