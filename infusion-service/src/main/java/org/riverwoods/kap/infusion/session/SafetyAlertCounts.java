package org.riverwoods.kap.infusion.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.riverwoods.kap.infusion.safety.AlertRule;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code kap_infusion_safety_alerts_total{rule,level}}: alerts raised, counted once their
 * transaction has committed (a rolled-back reading raised nothing). Tags are the rule and level
 * only, never a session or patient. Every rule's counter exists from start-up, so dashboards and
 * alert rules see a zero rather than nothing.
 */
@ApplicationScoped
public class SafetyAlertCounts {

    /** An alert that its transaction has committed. */
    public record Raised(String rule, String level) {
    }

    @Inject
    MeterRegistry metrics;

    void registerAll(@Observes StartupEvent start) {
        for (AlertRule rule : AlertRule.values()) {
            counter(rule.name(), rule.level().name());
        }
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Raised raised) {
        counter(raised.rule(), raised.level()).increment();
    }

    private Counter counter(String rule, String level) {
        return Counter.builder("kap.infusion.safety.alerts").description("Safety alerts raised while infusing")
                .tag("rule", rule).tag("level", level).register(metrics);
    }
}
