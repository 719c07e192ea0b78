package org.riverwoods.kap.intake.audit;

public enum AuditAction {
    READ, LIST, CREATE, UPDATE, DENIED
}
