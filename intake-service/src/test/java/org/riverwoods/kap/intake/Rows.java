package org.riverwoods.kap.intake;

import java.util.List;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/** Counts and lists rows of the kit's tables (plain JPA entities) in a test's own transaction. */
public final class Rows {

    private Rows() {
    }

    public static long count(Class<?> entity, String where, Object... parameters) {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(
                "select count(e) from " + entity.getSimpleName() + " e" + (where.isEmpty() ? "" : " where " + where),
                Long.class);
        bind(query, parameters);
        return query.getSingleResult();
    }

    public static <T> List<T> list(Class<T> entity, String where, Object... parameters) {
        TypedQuery<T> query = Panache.getEntityManager().createQuery(
                "select e from " + entity.getSimpleName() + " e where " + where, entity);
        bind(query, parameters);
        return query.getResultList();
    }

    private static void bind(TypedQuery<?> query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
    }
}
