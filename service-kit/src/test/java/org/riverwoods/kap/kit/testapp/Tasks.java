package org.riverwoods.kap.kit.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.failure.TransientFailure;

/**
 * Does tasks, and fails on the ones a test names: as a defect would (the same exception every time,
 * its message quoting the task, as persistence messages quote values), or for a while as a passing
 * outage would. A test mends them, as a fix would.
 */
@ApplicationScoped
public class Tasks {

    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> unavailable = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    /** From now on {@code taskId} fails for a reason that is not transient, until {@link #mend}. */
    public void breakTask(String taskId) {
        broken.add(taskId);
    }

    /** The next {@code attempts} attempts at {@code taskId} fail transiently. */
    public void failTransiently(String taskId, int attempts) {
        unavailable.put(taskId, new AtomicInteger(attempts));
    }

    public void mend(String taskId) {
        broken.remove(taskId);
        unavailable.remove(taskId);
    }

    public void mendAll() {
        broken.clear();
        unavailable.clear();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String taskId) {
        em.createNativeQuery("insert into task_effect (task_id, applied_at) values (?1, now())")
                .setParameter(1, taskId).executeUpdate();
        AtomicInteger failuresLeft = unavailable.get(taskId);
        if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
            throw new TransientFailure("Task store busy");
        }
        if (broken.contains(taskId)) {
            // after the write, so that a rollback is needed: the dead letter must leave no effect behind
            throw new IllegalStateException("Task store rejected task " + taskId);
        }
    }
}
