package org.riverwoods.kap.intake.consent;

public enum ConsentStatus {
    ACTIVE, EXPIRED, REVOKED
}
