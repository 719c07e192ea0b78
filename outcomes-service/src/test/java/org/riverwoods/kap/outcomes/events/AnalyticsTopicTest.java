package org.riverwoods.kap.outcomes.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.TestKafka;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Analytics records carry a constant 1970 timestamp: with time-based retention the broker would
 * delete them minutes after publication (the journey tests lost them to the 30 s retention check).
 */
@QuarkusTest
class AnalyticsTopicTest {

    private static final ConfigResource TOPIC = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ANALYTICS_OUTCOMES);

    @Inject
    AnalyticsTopic analyticsTopic;

    @Test
    void theAnalyticsTopicKeepsItsRecordsAndAClusterDefaultIsCorrectedAtStartUp() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            assertEquals("-1", retention(admin), "created or corrected when the service started");

            admin.incrementalAlterConfigs(Map.of(TOPIC, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "604800000"), AlterConfigOp.OpType.SET))))
                    .all().get(20, TimeUnit.SECONDS);
            assertEquals("604800000", retention(admin));

            analyticsTopic.ensureRetentionOff(admin);
            assertEquals("-1", retention(admin), "a topic created with the broker's 7 days is set to keep its records");
        }
    }

    private static String retention(Admin admin) throws Exception {
        return admin.describeConfigs(List.of(TOPIC)).all().get(20, TimeUnit.SECONDS).get(TOPIC)
                .get(TopicConfig.RETENTION_MS_CONFIG).value();
    }
}
