package org.riverwoods.kap.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The metric names {@link PromQl} finds in expressions of the kinds the dashboards and rules use. */
class PromQlTest {

    @Test
    void aSelectorWithMatchersAndARange() {
        assertEquals(Set.of("http_server_requests_seconds_count"), PromQl.metricNames(
                "sum by (method, uri) (rate(http_server_requests_seconds_count{job=\"intake-service\", instance=~\"$instance\", "
                        + "uri!~\"/q/.*\"}[$__rate_interval]))"));
    }

    @Test
    void aRatioOfTwoMetricsWithGroupingModifiers() {
        assertEquals(Set.of("http_server_requests_seconds_sum", "http_server_requests_seconds_count"), PromQl.metricNames(
                "sum without (status, outcome) (rate(http_server_requests_seconds_sum[5m])) / on (job, instance) group_left "
                        + "sum(rate(http_server_requests_seconds_count[5m])) by (job, instance)"));
    }

    @Test
    void keywordsNumbersDurationsAndStringsAreNoMetrics() {
        assertEquals(Set.of("kap_outbox_pending", "kap_outbox_commit_to_publish_seconds_count"), PromQl.metricNames(
                "kap_outbox_pending > 0 and on (job, instance) rate(kap_outbox_commit_to_publish_seconds_count[10m] offset 1m) == bool 0"
                        + " unless absent(kap_outbox_pending{quantile=\"0.99\", x='a{b}[c]'}) or vector(1e3) * 0.5"));
    }

    @Test
    void histogramQuantileAndTopk() {
        assertEquals(Set.of("x_seconds_bucket", "jvm_memory_used_bytes"), PromQl.metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(x_seconds_bucket[5m]))) + topk(5, jvm_memory_used_bytes{area=\"heap\"})"));
    }

    @Test
    void aMetricWithoutAnySelectorAndOneNamedLikeAKeywordPrefix() {
        assertEquals(Set.of("up", "order_count", "by_metric"), PromQl.metricNames("up == 0 or order_count or by_metric"));
    }

    @Test
    void grafanaVariableQueries() {
        assertEquals(Set.of("up"), PromQl.variableQueryMetricNames("label_values(up{job=\"intake-service\"}, instance)"));
        assertEquals(Set.of(), PromQl.variableQueryMetricNames("label_values(instance)"));
        assertEquals(Set.of("kap_outbox_pending"), PromQl.variableQueryMetricNames("query_result(kap_outbox_pending > 0)"));
    }

    @Test
    void theNamesOfAnExposition() {
        String exposition = """
                # HELP kap_outbox_pending
                # TYPE kap_outbox_pending gauge
                kap_outbox_pending 0.0
                kap_outbox_commit_to_publish_seconds{quantile="0.5"} 0.1
                kap_outbox_commit_to_publish_seconds_count 3.0
                http_server_requests_seconds_count{method="GET",uri="/api/v1/patients/{patientId}"} 1.0
                """;
        assertEquals(Set.of("kap_outbox_pending", "kap_outbox_commit_to_publish_seconds", "kap_outbox_commit_to_publish_seconds_count",
                "http_server_requests_seconds_count"), PromQl.exposedNames(exposition));
    }
}
