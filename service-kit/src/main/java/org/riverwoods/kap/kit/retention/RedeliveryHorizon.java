package org.riverwoods.kap.kit.retention;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * How long after it was appended a record of a topic this service consumes can still be delivered
 * to it: a consumer group rewound or reset to earliest (or whose committed offsets the broker expired
 * while it was down) reads again whatever the topic still holds. Kafka deletes whole segments once the
 * newest record in them is older than {@code retention.ms}, so a record can outlive its retention by
 * up to {@code segment.ms}; a compacted topic or {@code retention.ms=-1} keeps records for ever.
 * Asked of the broker on every purge run, so a topic whose retention was raised is honoured at once.
 */
@ApplicationScoped
public class RedeliveryHorizon {

    /** The broker's retention check interval (5 min), segment roll jitter, clocks of producer hosts. */
    static final Duration MARGIN = Duration.ofDays(1);
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.connector");
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(15);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    Optional<String> bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    KafkaClientService kafkaClients;

    /** What the broker says about the topics this service consumes. */
    public sealed interface Horizon {
    }

    /** Every consumed record is gone from its topic {@code duration} after it was appended. */
    public record Bounded(Duration duration, String longestTopic) implements Horizon {
    }

    /** {@code topic} keeps records for ever: a reset to earliest can redeliver any event. */
    public record Unbounded(String topic, String why) implements Horizon {
    }

    /** The broker could not be asked (down, unreachable, not allowed): keep everything for now. */
    public record Unknown(String why) implements Horizon {
    }

    public Horizon ask() {
        List<String> topics;
        try {
            topics = consumedTopics();
        } catch (IllegalStateException e) {
            return new Unknown(e.getMessage());
        }
        if (topics.isEmpty()) {
            return new Bounded(Duration.ZERO, null);
        }
        if (bootstrapServers.isEmpty()) {
            return new Unknown("kafka.bootstrap.servers is not set");
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, serviceName + "-retention");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ASK_TIMEOUT.toMillis());
        Map<String, ConfigResource> resources = new LinkedHashMap<>();
        topics.forEach(topic -> resources.put(topic, new ConfigResource(ConfigResource.Type.TOPIC, topic)));
        try (Admin admin = Admin.create(config)) {
            Map<ConfigResource, KafkaFuture<org.apache.kafka.clients.admin.Config>> answers = admin
                    .describeConfigs(resources.values()).values();
            Bounded longest = new Bounded(Duration.ZERO, null);
            for (Map.Entry<String, ConfigResource> topic : resources.entrySet()) {
                org.apache.kafka.clients.admin.Config described;
                try {
                    described = answers.get(topic.getValue()).get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                        continue; // not created yet: it holds nothing to deliver again
                    }
                    return new Unknown(topic.getKey() + ": " + e.getCause().getClass().getSimpleName());
                }
                Horizon horizon = of(topic.getKey(), described);
                if (!(horizon instanceof Bounded bounded)) {
                    return horizon;
                }
                if (bounded.duration().compareTo(longest.duration()) > 0) {
                    longest = bounded;
                }
            }
            return longest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unknown("interrupted");
        } catch (TimeoutException | RuntimeException e) {
            return new Unknown(e.getClass().getSimpleName());
        }
    }

    static Horizon of(String topic, org.apache.kafka.clients.admin.Config described) {
        String policy = value(described, TopicConfig.CLEANUP_POLICY_CONFIG, "delete");
        if (policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            return new Unbounded(topic, "cleanup.policy=" + policy);
        }
        long retention = Long.parseLong(value(described, TopicConfig.RETENTION_MS_CONFIG, "-1"));
        if (retention < 0) {
            return new Unbounded(topic, "retention.ms=" + retention);
        }
        long segment = Long.parseLong(value(described, TopicConfig.SEGMENT_MS_CONFIG, "604800000"));
        return new Bounded(Duration.ofMillis(retention).plusMillis(segment).plus(MARGIN), topic);
    }

    private static String value(org.apache.kafka.clients.admin.Config described, String name, String otherwise) {
        ConfigEntry entry = described.get(name);
        return entry == null || entry.value() == null ? otherwise : entry.value();
    }

    /**
     * The topics of this service's Kafka consumers: the channels the connector runs (attached
     * automatically or not) and those configured for it, each reading its {@code topics}, its
     * {@code topic} or the topic of its name. A channel subscribed by pattern cannot be resolved.
     */
    List<String> consumedTopics() {
        var config = ConfigProvider.getConfig();
        TreeSet<String> channels = new TreeSet<>(kafkaClients.getConsumerChannels());
        for (String name : config.getPropertyNames()) {
            Matcher incoming = INCOMING.matcher(name);
            if (incoming.matches() && "smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                channels.add(incoming.group(1));
            }
        }
        TreeSet<String> topics = new TreeSet<>();
        for (String channel : channels) {
            String prefix = "mp.messaging.incoming." + channel;
            if (config.getOptionalValue(prefix + ".pattern", Boolean.class).orElse(false)) {
                throw new IllegalStateException("channel " + channel + " subscribes by pattern");
            }
            List<String> named = new ArrayList<>();
            config.getOptionalValue(prefix + ".topics", String.class).ifPresent(list -> Arrays.stream(list.split(","))
                    .map(String::trim).filter(t -> !t.isEmpty()).forEach(named::add));
            if (named.isEmpty()) {
                named.add(config.getOptionalValue(prefix + ".topic", String.class).orElse(channel));
            }
            topics.addAll(named);
        }
        return List.copyOf(topics);
    }
}
