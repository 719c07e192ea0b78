package org.riverwoods.kap.infusion.audit;

public enum AuditAction {
    READ, LIST, CREATE, UPDATE, DENIED
}
