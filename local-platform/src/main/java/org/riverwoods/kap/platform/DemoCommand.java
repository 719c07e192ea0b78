package org.riverwoods.kap.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.riverwoods.kap.testing.TopicTail;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.JourneyFailure;
import org.riverwoods.kap.testing.journey.KareJourney;
import org.riverwoods.kap.testing.journey.Narrator;
import org.riverwoods.kap.testing.journey.PlatformUrls;
import org.riverwoods.kap.testing.journey.SandboxSettings;

/**
 * {@code ./platform demo}: plays journey 1 against the running platform (an eligible patient with
 * alcohol use disorder on the KARE protocol, from registration to outcome figures) and prints what
 * happened at each step, the outcome figures, and what analytics teams received.
 */
final class DemoCommand {

    /** What analytics teams read: de-identified, no time and no patient id to select by, hence a tail. */
    private static final String ANALYTICS_TOPIC = "analytics.outcomes";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private DemoCommand() {
    }

    static int run() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (Probes.httpStatus(service.readyUrl()) != 200) {
                throw new LaunchException(service.name() + " is not ready at " + service.readyUrl()
                        + ". Start the platform first: ./platform run (and wait for 'Local platform ready').");
            }
        }
        PlatformUrls urls = new PlatformUrls(url("intake-service"), url("treatment-service"), url("infusion-service"),
                url("outcomes-service"));
        long started = System.nanoTime();
        System.out.println("Journey 1: an eligible patient with alcohol use disorder on the KARE protocol");
        KareJourney.Result result;
        ClinicSteps clinic;
        List<ConsumerRecord<String, String>> analytics;
        try (TopicTail tap = TopicTail.fromNow(BrokerConfig.BOOTSTRAP_SERVERS, ANALYTICS_TOPIC)) {
            clinic = new ClinicSteps(urls, Narrator.printing("   "));
            result = KareJourney.run(clinic);
            System.out.println("5. Outcome figures (outcomes-service)");
            KareJourney.summary(result).forEach(line -> System.out.println("   " + line));
            tap.atLeast(result.diaryDaysRecorded(), Duration.ofSeconds(30)); // one record per diary day
            analytics = tap.settle(Duration.ofSeconds(1), Duration.ofSeconds(10));
        } catch (JourneyFailure e) {
            System.err.println("ERROR: the journey stopped: " + e.getMessage());
            if (e.getMessage().contains("discharge") || e.getMessage().contains("booked for")) {
                System.err.println("       (the platform runs with a clinic's values of "
                        + SandboxSettings.DISCHARGE_OBSERVATION.variable() + " or "
                        + SandboxSettings.CHECK_IN_ANY_DAY.variable() + ": see 'Sandbox settings' in the README)");
            }
            return 1;
        }
        printAnalytics(result, analytics);
        try {
            printLedger(clinic);
        } catch (JourneyFailure e) {
            System.err.println("ERROR: the end-of-day count stopped: " + e.getMessage());
            return 1;
        }
        System.out.println();
        System.out.println("Journey 1 completed in " + Progress.seconds(System.nanoTime() - started) + ". Patient "
                + result.patientId() + ":");
        System.out.println("   timeline  curl -s " + url("outcomes-service") + "/api/v1/patients/" + result.patientId()
                + "/timeline -H \"Authorization: Bearer $(./platform token nurse)\"");
        System.out.println("   events    ./platform events");
        System.out.println("   chart     " + ServiceSpec.CONSOLE.baseUrl() + "/patients/" + result.patientId()
                + "  (in the clinic console, signed in as a nurse)");
        return 0;
    }

    /** The de-identified records of the patient: the pseudonym with the most new records. */
    private static void printAnalytics(KareJourney.Result result, List<ConsumerRecord<String, String>> records) {
        System.out.println("6. De-identified analytics (" + ANALYTICS_TOPIC + ")");
        Map<String, Long> byPseudonym = records.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        if (byPseudonym.isEmpty()) {
            System.out.println("   no records yet (the outbox relay publishes within seconds; try ./platform events "
                    + ANALYTICS_TOPIC + ")");
            return;
        }
        String pseudonym = byPseudonym.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> pseudonym.equals(r.key())).toList();
        String patientId = result.patientId().toString();
        boolean identified = mine.stream().anyMatch(r -> r.value().contains(patientId) || r.key().contains(patientId)
                || java.util.stream.StreamSupport.stream(r.headers().spliterator(), false)
                        .anyMatch(h -> new String(h.value(), StandardCharsets.UTF_8).contains(patientId)));
        Map<String, Long> byMeasure = mine.stream().collect(Collectors.groupingBy(
                r -> measure(r.value()), java.util.TreeMap::new, Collectors.counting()));
        System.out.println("   " + mine.size() + " records keyed by pseudonym " + pseudonym + " " + byMeasure);
        mine.stream().min(Comparator.comparingLong(ConsumerRecord::offset))
                .ifPresent(r -> System.out.println("   e.g. " + r.value()));
        System.out.println("   patient id in any key, value or header: " + (identified ? "YES (a defect)" : "no"));
    }

    /** How many of the day's ledger lines are printed; the rest are counted. */
    private static final int LEDGER_LINES_SHOWN = 24;

    /** The day's controlled-substance ledger after the three infusions, then the end-of-day count. */
    private static void printLedger(ClinicSteps clinic) {
        java.time.LocalDate today = java.time.LocalDate.now(ClinicSteps.CLINIC_ZONE);
        System.out.println("7. Controlled-substance ledger, " + today + " (infusion-service; ketamine is Schedule III)");
        List<com.fasterxml.jackson.databind.JsonNode> entries = clinic.ledger(today);
        int from = Math.max(0, entries.size() - LEDGER_LINES_SHOWN);
        if (from > 0) {
            System.out.println("   ... " + from + " earlier entries today (GET /api/v1/controlled-substances/ledger)");
        }
        for (com.fasterxml.jackson.databind.JsonNode e : entries.subList(from, entries.size())) {
            System.out.printf("   #%-4s %-10s vial %s lot %-14s %9s mg %8s mL  by %s%s%n", e.path("sequenceNumber").asText(),
                    e.path("kind").asText(), e.path("vialId").asText().substring(0, 8), e.path("lotNumber").asText(),
                    e.path("quantityMg").decimalValue().toPlainString(), e.path("quantityMl").decimalValue().toPlainString(),
                    e.path("recordedBy").asText(), e.path("witnessedBy").isNull() ? "" : ", witnessed by "
                            + e.path("witnessedBy").asText());
        }
        com.fasterxml.jackson.databind.JsonNode count = clinic.endOfDayCount();
        System.out.println("   end-of-day count by " + count.path("countedBy").asText() + " and " + count.path("witnessedBy")
                .asText() + ": " + count.path("lines").size() + " vials with stock, " + count.path("discrepancies").asInt()
                + " discrepancies");
        count.path("lines").forEach(l -> System.out.println("      vial " + l.path("vialId").asText().substring(0, 8)
                + " balance " + l.path("balanceMl").decimalValue().toPlainString() + " mL, counted "
                + l.path("countedMl").decimalValue().toPlainString() + " mL"));
        com.fasterxml.jackson.databind.JsonNode chain = clinic.ledgerVerification();
        System.out.println("   hash chain: " + (chain.path("intact").asBoolean() ? "intact" : "BROKEN at entry "
                + chain.path("firstBrokenEntry").asText() + " (" + chain.path("finding").asText() + ")") + ", "
                + chain.path("entriesChecked").asText() + " entries checked");
    }

    private static String measure(String json) {
        try {
            return JSON.readTree(json).path("measure").asText("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String url(String service) {
        return ServiceSpec.ALL.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().baseUrl();
    }
}
