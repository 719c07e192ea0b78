package org.riverwoods.kap.kit.freshness;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.riverwoods.kap.kit.failure.Failures;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Confirms, before a safety decision, that this service has applied every event about a patient
 * that other services had published when the decision was asked for. The patient's partition of
 * each topic (events are keyed by patient id) is read for its end offset; the decision waits until
 * this instance's consumers ({@link ConsumerPositions}) or the consumer group's committed offsets
 * have reached it, at most {@code kap.facts.confirmation-wait}, and is refused otherwise.
 *
 * <p>What remains is the producer's side: an event not yet relayed from another service's outbox
 * (milliseconds after its commit) is not on the topic to wait for. Metric: {@code kap.facts.confirmation}
 * (timer, by outcome).
 */
@ApplicationScoped
public class CurrentFacts {

    private static final Logger LOG = Logger.getLogger(CurrentFacts.class);
    private static final Duration COMMITTED_REFRESH = Duration.ofMillis(200);
    private static final long POLL_MILLIS = 5;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "kap.facts.group-id")
    String groupId;

    @ConfigProperty(name = "kap.facts.confirmation-wait")
    Duration confirmationWait;

    @Inject
    ConsumerPositions positions;

    @Inject
    HeldBackEvents heldBack;

    @Inject
    MeterRegistry metrics;

    private final Map<String, Integer> partitionCounts = new ConcurrentHashMap<>();
    private volatile Admin admin;

    /**
     * Returns once every topic's partition for this patient is applied up to its end as of now.
     *
     * @param decision     what is being decided, for the refusal ("start the infusion")
     * @param patientKey   the Kafka key of the patient's events
     * @param factsByTopic topic -> the facts it carries, named in a refusal ("treatment consent")
     * @throws FactsNotConfirmed when not confirmed in time, or the broker cannot be asked
     */
    public void confirm(String decision, String patientKey, Map<String, String> factsByTopic) {
        long started = System.nanoTime();
        long deadline = started + confirmationWait.toNanos();
        boolean confirmed = false;
        try {
            // an event given up on (a dead letter awaiting replay) is behind the consumer's position:
            // the position alone would call a copy current that lacks it
            List<String> awaitingReplay = heldBack.topicsHeldBack(patientKey, factsByTopic.keySet()).stream()
                    .map(factsByTopic::get).toList();
            if (!awaitingReplay.isEmpty()) {
                throw FactsNotConfirmed.awaitingReplay(decision, String.join(" and ", awaitingReplay));
            }
            Map<TopicPartition, String> facts = new LinkedHashMap<>();
            for (Map.Entry<String, String> topic : factsByTopic.entrySet()) {
                TopicPartition partition = partitionOf(topic.getKey(), patientKey);
                if (partition != null) {
                    facts.put(partition, topic.getValue());
                }
            }
            Map<TopicPartition, Long> ends = endOffsets(facts.keySet().stream().toList(), deadline);
            Map<TopicPartition, OffsetAndMetadata> committed = Map.of();
            long committedAt = 0;
            while (true) {
                List<String> behind = behind(ends, committed, facts);
                if (behind.isEmpty()) {
                    confirmed = true;
                    return;
                }
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new FactsNotConfirmed(decision, String.join(" and ", behind));
                }
                if (now - committedAt > COMMITTED_REFRESH.toNanos()) {
                    committed = committedOffsets(deadline);
                    committedAt = now;
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactsNotConfirmed(decision, describe(factsByTopic));
        } catch (FactsNotConfirmed e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("Could not ask the broker for current positions (%s)", Failures.classChain(e));
            throw new FactsNotConfirmed(decision, describe(factsByTopic));
        } finally {
            Timer.builder("kap.facts.confirmation")
                    .description("Time to confirm a safety decision acts on every event published so far")
                    .tag("outcome", confirmed ? "confirmed" : "not-confirmed")
                    .publishPercentiles(0.5, 0.99)
                    .register(metrics).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private List<String> behind(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed,
            Map<TopicPartition, String> facts) {
        List<String> behind = new ArrayList<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata group = committed.get(partition);
            long applied = Math.max(positions.next(partition), group == null ? -1 : group.offset());
            if (end > 0 && applied < end) {
                behind.add(facts.get(partition));
            }
        });
        return behind;
    }

    /**
     * The default partitioner's choice for a string key (murmur2), as the producers use it; null for
     * a topic that does not exist yet (nothing was ever published to it).
     */
    private TopicPartition partitionOf(String topic, String key) throws Exception {
        Integer count = partitionCounts.get(topic);
        if (count == null) {
            try {
                count = admin().describeTopics(List.of(topic)).allTopicNames().get(confirmationWait.toMillis(),
                        TimeUnit.MILLISECONDS).get(topic).partitions().size();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return null;
                }
                throw e;
            }
            partitionCounts.put(topic, count);
        }
        int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count;
        return new TopicPartition(topic, partition);
    }

    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions, long deadline) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin().listOffsets(latest).all()
                .get(remaining(deadline), TimeUnit.NANOSECONDS);
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        answer.forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(long deadline) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin().listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(remaining(deadline), TimeUnit.NANOSECONDS);
        Map<TopicPartition, OffsetAndMetadata> known = new LinkedHashMap<>();
        offsets.forEach((p, o) -> {
            if (o != null) {
                known.put(p, o);
            }
        });
        return known;
    }

    private static long remaining(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private static String describe(Map<String, String> factsByTopic) {
        return String.join(" and ", factsByTopic.values());
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties config = new Properties();
                    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, groupId + "-current-facts");
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
                    admin = Admin.create(config);
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
