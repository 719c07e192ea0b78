package org.riverwoods.kap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.riverwoods.kap.platform.bench.Benchmark;
import org.riverwoods.kap.platform.bench.Report;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * {@code bench}: starts the platform on fresh data, measures this machine's raw limits and the
 * platform beside them in one run, writes docs/performance.md (+ .json, + latency SVG) and stops.
 */
final class BenchCommand {

    private static final String LAUNCHER = "launcher (also the load generator during the load)";

    private final PlatformHome home;

    BenchCommand(PlatformHome home) {
        this.home = home;
    }

    int run() throws Exception {
        RunningPlatform platform = new RunCommand(home).start(true);
        if (platform == null) {
            return 1;
        }
        Report report = new Report();
        report.machine("cpus", Runtime.getRuntime().availableProcessors());
        report.machine("memory MiB", totalMemoryMiB());
        report.machine("java", System.getProperty("java.version"));
        double readySeconds = platform.startNanos() / 1e9;
        Map<String, Long> afterReady = pss(platform, 0);
        report.rss(false, afterReady);
        try {
            Benchmark benchmark = new Benchmark(report, BrokerConfig.BOOTSTRAP_SERVERS,
                    Database.jdbcUrl("postgres"), "postgres", "postgres", new PlatformUrls(serviceUrl("intake-service"),
                            serviceUrl("treatment-service"), serviceUrl("infusion-service"),
                            serviceUrl("outcomes-service")));
            benchmark.run();
            // the launcher runs the load generator: its growth is the generator's, not the platform's
            Map<String, Long> afterLoad = pss(platform, afterReady.get(LAUNCHER));
            report.rss(true, afterLoad);
            benchmark.startAndMemoryTargets(readySeconds, afterReady.get("total (the launcher as after ready)"),
                    afterLoad.get("total (the launcher as after ready)"));
            report.write(home.repo().resolve("docs"));
            System.out.println("Wrote docs/performance.md, docs/performance.json, docs/performance-latency.svg");
            return 0;
        } finally {
            platform.stop();
        }
    }

    private static String serviceUrl(String name) {
        return ServiceSpec.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().baseUrl();
    }

    /**
     * Memory of every process of the platform as PSS (shared pages split between the processes that
     * share them: PostgreSQL's backends share its buffers), the total counting the launcher as
     * {@code launcherCounted} when it is not 0.
     */
    private Map<String, Long> pss(RunningPlatform platform, long launcherCounted) throws IOException {
        Map<String, Long> mib = new LinkedHashMap<>();
        mib.put(LAUNCHER, pssMiB(ProcessHandle.current().pid()));
        mib.put("Kafka broker", pssMiB(platform.broker().process().pid()));
        for (RunningService service : platform.services()) {
            mib.put(service.spec().name(), pssMiB(service.process().pid()));
        }
        mib.put("PostgreSQL (all its processes)", postgresPss());
        long total = mib.values().stream().mapToLong(Long::longValue).sum();
        if (launcherCounted > 0) {
            total += launcherCounted - mib.get(LAUNCHER);
        }
        mib.put("total (the launcher as after ready)", total);
        return mib;
    }

    private long postgresPss() throws IOException {
        Path pidFile = home.postgresDir().resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        long total = pssMiB(postmaster);
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
        if (handle.isPresent()) {
            for (ProcessHandle child : handle.get().children().toList()) {
                total += pssMiB(child.pid());
            }
        }
        return total;
    }

    /** Pss from /proc (Linux); 0 where it cannot be read. */
    private static long pssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static long totalMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
