package org.riverwoods.kap.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's result: every figure, each target against its measured value in the same run,
 * written as JSON, a Markdown page and a latency plot (SVG).
 */
public final class Report {

    /** A target of the issue, checked against this run's figures. */
    public record Target(String what, String goal, String measured, Boolean met) {
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Measured> raw = new ArrayList<>();
    private final List<Measured> platform = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, Long> rssAfterReadyMiB = new LinkedHashMap<>();
    private final Map<String, Long> rssAfterLoadMiB = new LinkedHashMap<>();

    public void machine(String key, Object value) {
        machine.put(key, value);
    }

    public void raw(Measured m) {
        raw.add(m);
        System.out.println("  raw      " + line(m));
    }

    public void platform(Measured m) {
        platform.add(m);
        System.out.println("  platform " + line(m));
    }

    public void target(String what, String goal, String measured, Boolean met) {
        targets.add(new Target(what, goal, measured, met));
        System.out.printf("  target   %-60s %-28s %s%n", what, measured, met == null ? "not measured" : met ? "MET" : "NOT MET");
    }

    public void rss(boolean afterLoad, Map<String, Long> mib) {
        (afterLoad ? rssAfterLoadMiB : rssAfterReadyMiB).putAll(mib);
    }

    public void write(Path docs) throws IOException {
        Files.createDirectories(docs);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measuredAt", Instant.now().toString());
        json.put("machine", machine);
        json.put("raw", raw);
        json.put("platform", platform);
        json.put("rssAfterReadyMiB", rssAfterReadyMiB);
        json.put("rssAfterLoadMiB", rssAfterLoadMiB);
        json.put("targets", targets);
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(docs.resolve("performance.json").toFile(), json);
        Files.writeString(docs.resolve("performance-latency.svg"), Plot.latencies(platform));
        Files.writeString(docs.resolve("performance.md"), markdown());
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by `./platform bench` (").append(Instant.now()).append("). Every figure below comes from one run on one ")
                .append("machine: the raw limits of this machine's PostgreSQL and broker first, then the platform on the same ")
                .append("PostgreSQL settings (synchronous commit, fsync) with the load generator on the same machine. ")
                .append("Latencies are HdrHistogram percentiles; the fixed-rate phase counts each latency from when the ")
                .append("request was due (no coordinated omission). Raw data: `performance.json`; plot: `performance-latency.svg`.\n\n");
        md.append("Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.append("\n\n## Targets\n\n| target | goal | measured | |\n|---|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(t.what()).append(" | ").append(t.goal()).append(" | ").append(t.measured())
                .append(" | ").append(t.met() == null ? "not measured yet" : t.met() ? "met" : "**not met**").append(" |\n"));
        md.append("\n## Raw limits of this machine\n\n").append(table(raw));
        md.append("\n## The platform\n\n").append(table(platform));
        md.append("\n## Memory (PSS, MiB: shared pages split between the processes sharing them)\n\n| process | after ready | after the load |\n|---|---|---|\n");
        rssAfterReadyMiB.forEach((p, v) -> md.append("| ").append(p).append(" | ").append(v).append(" | ")
                .append(rssAfterLoadMiB.getOrDefault(p, 0L)).append(" |\n"));
        md.append("\n![latency percentiles](performance-latency.svg)\n");
        md.append("\n## Levers\n\nWhat was tried to close the gaps, each with its measured effect (including those that did ")
                .append("not help): [performance-levers.md](performance-levers.md), kept by hand; this page is rewritten by every ")
                .append("run.\n");
        return md.toString();
    }

    private static String table(List<Measured> rows) {
        StringBuilder t = new StringBuilder("| what | per second | p50 ms | p99 ms | max ms | count | errors |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(m -> t.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d | %d |%n", m.name(),
                m.perSecond(), m.p50Ms(), m.p99Ms(), m.maxMs(), m.count(), m.errors())));
        return t.toString();
    }

    private static String line(Measured m) {
        return String.format(Locale.ROOT, "%-64s %8.0f/s  p50 %7.1f ms  p99 %7.1f ms  errors %d", m.name(), m.perSecond(),
                m.p50Ms(), m.p99Ms(), m.errors());
    }
}
