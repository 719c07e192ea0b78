package org.riverwoods.kap.outcomes.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Keeps time-based retention off on {@code analytics.outcomes}. Its records carry a constant
 * timestamp (1 ms after the epoch, so that they date nothing), and Kafka's time-based retention
 * judges records by their timestamp: with any {@code retention.ms} the broker would delete every
 * analytics record at its next retention check, minutes after publication. At start-up the topic
 * is created with {@code retention.ms=-1} if missing, or set to it. Where the service may not
 * administer topics (a managed cluster's ACLs), it says so loudly: operations then set it.
 */
@ApplicationScoped
public class AnalyticsTopic {

    private static final Logger LOG = Logger.getLogger(AnalyticsTopic.class);
    static final String KEEP_FOREVER = "-1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Partitions when this service creates the topic (keys are pseudonyms); compose creates 6 too. */
    @ConfigProperty(name = "kap.analytics.topic-partitions", defaultValue = "6")
    int partitions;

    void onStart(@Observes StartupEvent start) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"))) {
            ensureRetentionOff(admin);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.errorf("Could not make sure %s keeps its records (retention.ms=-1): %s. Set it on the topic, or "
                    + "the broker deletes analytics records minutes after publication", Topics.ANALYTICS_OUTCOMES,
                    e.getCause() != null ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void ensureRetentionOff(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        NewTopic topic = new NewTopic(Topics.ANALYTICS_OUTCOMES, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER));
        try {
            admin.createTopics(List.of(topic)).all().get(20, TimeUnit.SECONDS);
            LOG.infof("Created %s with %d partitions and retention.ms=-1", Topics.ANALYTICS_OUTCOMES, partitions);
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ANALYTICS_OUTCOMES);
        Config current = admin.describeConfigs(List.of(resource)).all().get(20, TimeUnit.SECONDS).get(resource);
        ConfigEntry retention = current.get(TopicConfig.RETENTION_MS_CONFIG);
        if (retention != null && KEEP_FOREVER.equals(retention.value())) {
            return;
        }
        admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, KEEP_FOREVER), AlterConfigOp.OpType.SET))))
                .all().get(20, TimeUnit.SECONDS);
        LOG.infof("Set retention.ms=-1 on %s (was %s)", Topics.ANALYTICS_OUTCOMES,
                retention == null ? "the broker default" : retention.value());
    }
}
