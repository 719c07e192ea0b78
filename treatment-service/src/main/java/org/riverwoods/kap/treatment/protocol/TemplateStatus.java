package org.riverwoods.kap.treatment.protocol;

public enum TemplateStatus {
    /** The version new plans are drafted from. */
    ACTIVE,
    /** Replaced by a newer version; plans drafted from it keep it. */
    SUPERSEDED
}
