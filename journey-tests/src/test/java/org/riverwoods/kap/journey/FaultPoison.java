package org.riverwoods.kap.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.riverwoods.kap.testing.TestKafka;

/**
 * Malformed records on every topic a service consumes, on every partition, so that the valid events
 * the traffic sends afterwards queue behind one on each partition: they must go to the dead letters
 * while every consumer carries on.
 */
final class FaultPoison {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    /** Consumed topic → the services consuming it, as their application.properties declare it. */
    static final Map<String, List<String>> CONSUMERS = consumersFromTheServicesConfiguration();
    /** A type on each topic, with the consumers that act on it (the others rightly skip it unread). */
    private static final List<Typed> TYPES = new ArrayList<>();
    static final int PARTITIONS = 3;

    private record Typed(String topic, String type, List<String> handlers) {
    }

    static {
        TYPES.add(new Typed("intake.patients", "PatientRegistered", List.of("outcomes-service")));
        TYPES.add(new Typed("intake.assessments", "SuicideRiskFlagged",
                List.of("treatment-service", "infusion-service", "outcomes-service")));
        TYPES.add(new Typed("intake.consents", "ConsentGranted", List.of("infusion-service", "outcomes-service")));
        TYPES.add(new Typed("treatment.plans", "TreatmentPlanStatusChanged", List.of("infusion-service", "outcomes-service")));
        TYPES.add(new Typed("treatment.appointments", "InfusionScheduled", List.of("infusion-service", "outcomes-service")));
        TYPES.add(new Typed("infusion.sessions", "InfusionCompleted", List.of("treatment-service", "outcomes-service")));
        TYPES.add(new Typed("infusion.sessions", "InfusionCheckedIn", List.of("intake-service", "outcomes-service")));
        TYPES.add(new Typed("infusion.safety", "SeriousAdverseEventReported", List.of("treatment-service", "outcomes-service")));
        TYPES.add(new Typed("outcomes.measures", "SuicideRiskReported",
                List.of("intake-service", "treatment-service", "infusion-service")));
    }

    /** A record sent: where it landed, to find it among each consumer's dead letters. */
    record Sent(String topic, int partition, long offset, String shape, List<String> deadLetteredBy) {
    }

    private FaultPoison() {
    }

    /**
     * On each partition of each consumed topic: a record without CloudEvent headers and one whose body is
     * not JSON (every consumer must dead-letter both, whatever the type); and for a type on the topic,
     * a JSON body that breaks its contract (each consumer acting on the type must dead-letter it).
     */
    static List<Sent> sendToEveryConsumedTopic() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Sent> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                for (Map.Entry<String, List<String>> topic : CONSUMERS.entrySet()) {
                    sent.add(send(producer, bare(topic.getKey(), partition, "not an event at all"), "no CloudEvent headers",
                            topic.getValue()));
                    sent.add(send(producer, cloudEvent(topic.getKey(), partition, firstTypeOn(topic.getKey()),
                            "{\"patientId\": \"unterminated"), "body not JSON", topic.getValue()));
                }
                for (Typed typed : TYPES) {
                    sent.add(send(producer, cloudEvent(typed.topic(), partition, typed.type(), "{\"unexpected\":true}"),
                            typed.type() + " breaking its contract", typed.handlers()));
                }
            }
        }
        return sent;
    }

    private static Map<String, List<String>> consumersFromTheServicesConfiguration() {
        Map<String, List<String>> consumers = new java.util.TreeMap<>();
        for (String service : FaultInjection.SERVICES) {
            Path file = JourneyPlatform.repositoryRoot().resolve(service).resolve("src/main/resources/application.properties");
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
            properties.stringPropertyNames().stream().filter(key -> INCOMING_TOPIC.matcher(key).matches())
                    .map(properties::getProperty)
                    .forEach(topic -> consumers.computeIfAbsent(topic, t -> new ArrayList<>()).add(service));
        }
        return consumers;
    }

    private static String firstTypeOn(String topic) {
        return TYPES.stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow().type();
    }

    private static ProducerRecord<String, String> bare(String topic, int partition, String value) {
        return new ProducerRecord<>(topic, partition, UUID.randomUUID().toString(), value);
    }

    private static ProducerRecord<String, String> cloudEvent(String topic, int partition, String type, String value) {
        ProducerRecord<String, String> record = bare(topic, partition, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/fault-tier/poison");
        header(record, "ce_time", java.time.Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Sent send(KafkaProducer<String, String> producer, ProducerRecord<String, String> record, String shape,
            List<String> deadLetteredBy) {
        try {
            RecordMetadata landed = producer.send(record).get();
            return new Sent(record.topic(), landed.partition(), landed.offset(), shape, deadLetteredBy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending poison", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not send poison to " + record.topic(), e.getCause());
        }
    }
}
