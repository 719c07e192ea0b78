package org.riverwoods.kap.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft broker (combined broker and controller) for tests.
 *
 * <p>Set {@code KAP_TEST_KAFKA_BOOTSTRAP_SERVERS} to run the tests against an external broker
 * instead; nothing is started then.
 */
public final class TestKafka {

    public static final String EXTERNAL_BOOTSTRAP_ENV = "KAP_TEST_KAFKA_BOOTSTRAP_SERVERS";
    private static final String REGISTRY_KEY = "kap.test.kafka.bootstrap-servers";

    private TestKafka() {
    }

    /** Bootstrap servers of the broker shared by every test of this JVM. */
    public static String bootstrapServers() {
        String external = System.getenv(EXTERNAL_BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            return external;
        }
        return JvmRegistry.getOrStart(REGISTRY_KEY, TestKafka::startEmbedded);
    }

    /**
     * Makes {@link #bootstrapServers()} answer {@code bootstrap}, a broker the caller runs itself (one
     * it can kill and restart), instead of starting the embedded one. Must come before any use.
     */
    public static void useBroker(String bootstrap) {
        String registered = JvmRegistry.getOrStart(REGISTRY_KEY, () -> bootstrap);
        if (!registered.equals(bootstrap)) {
            throw new IllegalStateException("Another broker is already in use by this JVM: " + registered);
        }
    }

    private static String startEmbedded() {
        long started = System.nanoTime();
        keepTheJvmAlive();
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            singleNodeSettings().forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster), "test-kafka-stop"));
            String bootstrap = cluster.bootstrapServers();
            System.out.printf("[test-infrastructure] Kafka broker ready at %s in %d ms%n",
                    bootstrap, (System.nanoTime() - started) / 1_000_000);
            return bootstrap;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded Kafka broker", e);
        }
    }

    /**
     * The broker lives in the test JVM: a broker that gives up (e.g. its log directory vanishing
     * while the JVM shuts down) must not halt the JVM with a non-zero code, which Surefire reports
     * as a failed build after every test passed. It is said on stderr instead.
     */
    private static void keepTheJvmAlive() {
        org.apache.kafka.common.utils.Exit.Procedure report = (status, message) -> System.err.printf(
                "[test-infrastructure] the embedded Kafka broker asked to stop the JVM (status %d: %s); ignored%n",
                status, message);
        org.apache.kafka.common.utils.Exit.setHaltProcedure(report);
        org.apache.kafka.common.utils.Exit.setExitProcedure(report);
    }

    /** One node cannot replicate: internal topics and transactions must accept a single replica. */
    static Map<String, String> singleNodeSettings() {
        return Map.of(
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "3",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0",
                "num.partitions", "3",
                "auto.create.topics.enable", "true");
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception ignored) {
            // the JVM is exiting; nothing left to protect
        }
    }
}
