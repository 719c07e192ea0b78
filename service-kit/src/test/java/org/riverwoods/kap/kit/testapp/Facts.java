package org.riverwoods.kap.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.failure.FactNotYetKnown;

/** The facts learnt from kit-test.facts and the effects of the commands that needed them. */
@ApplicationScoped
public class Facts {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(String factKey) {
        em.createNativeQuery("insert into fact (fact_key, learned_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, factKey).executeUpdate();
    }

    /** A command whose fact has not arrived yet is not wrong, only early: it waits for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ApplyCommand command) {
        Number known = (Number) em.createNativeQuery("select count(*) from fact where fact_key = ?1")
                .setParameter(1, command.factKey()).getSingleResult();
        if (known.longValue() == 0) {
            throw new FactNotYetKnown("Fact " + command.factKey());
        }
        em.createNativeQuery("insert into effect (command_id, fact_key, applied_at) values (?1, ?2, now())")
                .setParameter(1, command.commandId()).setParameter(2, command.factKey()).executeUpdate();
    }
}
