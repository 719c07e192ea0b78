package org.riverwoods.kap.infusion.session;

import org.riverwoods.kap.kit.problem.ProblemKind;

/** infusion-service's own kinds of problem, beside the kit's technical ones. */
public enum InfusionProblem implements ProblemKind {
    SAFETY_GATE_FAILED(409, "Safety gate not passed");

    private final int status;
    private final String title;

    InfusionProblem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String uri() {
        return ProblemKind.uriOf(this);
    }
}
