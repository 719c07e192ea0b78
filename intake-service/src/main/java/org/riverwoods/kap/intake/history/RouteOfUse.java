package org.riverwoods.kap.intake.history;

public enum RouteOfUse {
    ORAL, INTRANASAL, SMOKED, INHALED, INJECTED, OTHER
}
