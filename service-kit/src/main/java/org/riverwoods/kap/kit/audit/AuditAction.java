package org.riverwoods.kap.kit.audit;

public enum AuditAction {
    READ, LIST, CREATE, UPDATE, DENIED
}
