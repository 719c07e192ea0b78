package org.riverwoods.kap.kit.freshness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a consumer method taking a {@code ConsumerRecord}: once the method returns, the record's
 * offset counts as applied in {@link ConsumerPositions}. A method that throws (a retry, poison) does
 * not move the position, so a safety decision waiting on it waits.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RecordsPosition {
}
