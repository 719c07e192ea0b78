package org.riverwoods.kap.kit.freshness;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Moves {@link ConsumerPositions} after a consumer method has applied its record. */
@RecordsPosition
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class PositionRecorder {

    @Inject
    ConsumerPositions positions;

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        Object result = context.proceed();
        for (Object parameter : context.getParameters()) {
            if (parameter instanceof ConsumerRecord<?, ?> record) {
                positions.applied(record.topic(), record.partition(), record.offset());
            }
        }
        return result;
    }
}
