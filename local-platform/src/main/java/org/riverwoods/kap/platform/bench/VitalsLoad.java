package org.riverwoods.kap.platform.bench;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Vitals readings over many infusing sessions, each connection charting its own chair (as a monitor
 * does), one reading in ten low enough in SpO2 to raise an alert; then the time until every
 * consumer group of the platform has caught up.
 */
final class VitalsLoad {

    private final URI infusion;
    private final String nurse;
    private final String bootstrap;

    VitalsLoad(URI infusion, String nurse, String bootstrap) {
        this.infusion = infusion;
        this.nurse = nurse;
        this.bootstrap = bootstrap;
    }

    /** Readings at full speed for {@code duration}; then the alert hop and the time until no group lags. */
    List<Measured> run(List<UUID> sessions, Duration duration) throws Exception {
        Measured readings;
        Measured alerts;
        double lagMs;
        try (EventHops hops = new EventHops(bootstrap, "infusion.safety", "SafetyAlertRaised")) {
            readings = HttpLoad.closed("vitals reading (POST .../vitals), " + sessions.size() + " sessions and connections",
                    infusion, sessions.size(), Duration.ofSeconds(3), duration,
                    (connection, n) -> reading(sessions.get(connection), n), 200);
            lagMs = untilNoLag(Duration.ofSeconds(60)) * 1000;
            Thread.sleep(500); // the watcher's own poll interval
            alerts = hops.commitToPublish(duration.toSeconds());
        }
        Measured lag = new Measured("every consumer group: from the end of the readings to no lag", 0, lagMs, lagMs,
                lagMs, 1, lagMs < 0 ? 1 : 0);
        return List.of(readings, alerts, lag);
    }

    private LeanHttp.Request reading(UUID session, int n) {
        int spo2 = n % 10 == 0 ? 93 : 97; // below the 94% warning: an ALERT
        return new LeanHttp.Request("POST", "/api/v1/infusion-sessions/" + session + "/vitals",
                Map.of("Authorization", "Bearer " + nurse, "Content-Type", "application/json"),
                """
                {"systolicMmHg":132,"diastolicMmHg":84,"heartRateBpm":80,"spo2Percent":%d,"respiratoryRatePerMinute":14,"moaas":4}"""
                        .formatted(spo2));
    }

    /** Seconds from now until every group's committed offsets reach the ends of its partitions; -1 if never. */
    private double untilNoLag(Duration limit) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long start = System.nanoTime();
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() - start < limit.toNanos()) {
                if (totalLag(admin) == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(100);
            }
        }
        return -1;
    }

    private static long totalLag(Admin admin) throws Exception {
        Set<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(g -> !g.startsWith("bench-")).collect(Collectors.toSet());
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            offsets.forEach((tp, om) -> {
                if (om != null) {
                    committed.merge(tp, -om.offset(), Long::sum);
                }
            });
            Map<TopicPartition, OffsetSpec> ends = offsets.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : admin.listOffsets(ends).all()
                    .get().entrySet()) {
                committed.merge(end.getKey(), end.getValue().offset(), Long::sum);
            }
        }
        return committed.values().stream().mapToLong(Long::longValue).sum();
    }
}
