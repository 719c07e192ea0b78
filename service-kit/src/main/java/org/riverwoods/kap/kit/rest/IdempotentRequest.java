package org.riverwoods.kap.kit.rest;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The response to a creating POST, kept so that a retry with the same key gets the same answer. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    @Id
    public String principal;
    @Id
    public String idempotencyKey;
    public String requestFingerprint;
    public int responseStatus;
    public String responseLocation;
    public String responseBody;
    public Instant createdAt;

    public static class Key implements Serializable {
        public String principal;
        public String idempotencyKey;

        public Key() {
        }

        public Key(String principal, String idempotencyKey) {
            this.principal = principal;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.principal.equals(principal) && k.idempotencyKey.equals(idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, idempotencyKey);
        }
    }
}
