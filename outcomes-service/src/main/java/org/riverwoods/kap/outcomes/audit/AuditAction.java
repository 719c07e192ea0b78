package org.riverwoods.kap.outcomes.audit;

public enum AuditAction {
    READ, LIST, CREATE, UPDATE, DENIED
}
