package org.riverwoods.kap.infusion.session;

/** Ordered: a serious event (hospitalisation, life-threatening, ...) is reported to treatment to hold the plan. */
public enum AdverseEventSeverity {
    MILD, MODERATE, SEVERE, SERIOUS
}
