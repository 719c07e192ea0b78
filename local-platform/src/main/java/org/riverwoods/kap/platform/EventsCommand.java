package org.riverwoods.kap.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code ./platform events [topic ...]}: prints the CloudEvents on the local broker's topics, from
 * the beginning, until Ctrl+C. With no topic it follows every topic but Kafka's internal ones.
 */
final class EventsCommand {

    private static final List<String> CLOUD_EVENT_HEADERS = List.of("ce_type", "ce_id", "ce_subject", "ce_time",
            "ce_source");

    private EventsCommand() {
    }

    static int run(List<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BrokerConfig.BOOTSTRAP_SERVERS);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-events-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.set(false);
                consumer.wakeup();
                try {
                    main.join(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            if (topics.isEmpty()) {
                consumer.subscribe(java.util.regex.Pattern.compile("^[^_].*"));
                System.out.println("Following every topic on " + BrokerConfig.BOOTSTRAP_SERVERS + " (Ctrl+C to stop)");
            } else {
                consumer.subscribe(topics);
                System.out.println("Following " + topics + " on " + BrokerConfig.BOOTSTRAP_SERVERS + " (Ctrl+C to stop)");
            }
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    print(record);
                }
            }
        } catch (WakeupException stopping) {
            // Ctrl+C
        } catch (org.apache.kafka.common.KafkaException e) {
            System.err.println("ERROR: cannot read from the broker at " + BrokerConfig.BOOTSTRAP_SERVERS
                    + " — is ./platform run running? (" + e.getMessage() + ")");
            return 1;
        }
        return 0;
    }

    private static void print(ConsumerRecord<String, String> record) {
        StringBuilder line = new StringBuilder();
        line.append(record.topic()).append('[').append(record.partition()).append("]@").append(record.offset())
                .append(" key=").append(record.key());
        for (String name : CLOUD_EVENT_HEADERS) {
            Header header = record.headers().lastHeader(name);
            if (header != null) {
                line.append(' ').append(name).append('=').append(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        System.out.println(line);
        System.out.println("  " + record.value());
    }
}
