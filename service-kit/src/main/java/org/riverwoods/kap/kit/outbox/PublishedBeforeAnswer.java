package org.riverwoods.kap.kit.outbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * On a REST method whose change another service must not miss at a safety decision (a consent
 * revoked, a plan held, an appointment cancelled, an order amended, a suicide-risk report): the
 * answer waits until the events the request appended are on the broker, so that anything sent after
 * it returns sees them. Bounded by {@code kap.outbox.publish-wait}; header {@code Kap-Events-Published}
 * says whether they made it in time.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublishedBeforeAnswer {
}
