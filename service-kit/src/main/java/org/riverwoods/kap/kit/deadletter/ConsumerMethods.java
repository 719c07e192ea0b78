package org.riverwoods.kap.kit.deadletter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.arc.InjectableBean;

/**
 * Which consumer method reads each incoming channel, found from the {@code @Incoming} annotations the
 * consumers declare already: a replay hands a stored record to the same method, through the bean's
 * proxy, so its interceptors run as they do for a consumed record. Only methods that take the Kafka
 * {@code ConsumerRecord} itself (as every consumer of the platform does) can be replayed.
 */
@ApplicationScoped
public class ConsumerMethods {

    private record Target(Bean<?> bean, Method method) {
    }

    @Inject
    BeanManager beans;

    private volatile Map<String, Target> byChannel;

    /** The consumer method of {@code channel}, as something that takes the record; empty if none can. */
    public Optional<Consumer<ConsumerRecord<String, String>>> of(String channel) {
        Target target = channels().get(channel);
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(record -> invoke(target, record));
    }

    private Map<String, Target> channels() {
        Map<String, Target> found = byChannel;
        if (found == null) {
            found = new HashMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                // class beans only: a producer's declaring class is not the product
                if (bean instanceof InjectableBean<?> injectable && injectable.getKind() == InjectableBean.Kind.CLASS) {
                    collect(bean, found);
                }
            }
            byChannel = found;
        }
        return found;
    }

    private static void collect(Bean<?> bean, Map<String, Target> found) {
        for (Class<?> type = bean.getBeanClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                Incoming[] incomings = method.getAnnotationsByType(Incoming.class);
                if (incomings.length > 0 && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == ConsumerRecord.class) {
                    method.setAccessible(true);
                    for (Incoming incoming : incomings) {
                        found.putIfAbsent(incoming.value(), new Target(bean, method));
                    }
                }
            }
        }
    }

    private void invoke(Target target, ConsumerRecord<String, String> record) {
        Object consumer = beans.getReference(target.bean(), target.bean().getBeanClass(),
                beans.createCreationalContext(target.bean()));
        try {
            target.method().invoke(consumer, record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The consumer method threw a checked exception", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The consumer method cannot be called", e);
        }
    }
}
