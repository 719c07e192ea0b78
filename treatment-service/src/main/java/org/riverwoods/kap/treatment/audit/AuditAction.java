package org.riverwoods.kap.treatment.audit;

public enum AuditAction {
    READ, LIST, CREATE, UPDATE, DENIED
}
