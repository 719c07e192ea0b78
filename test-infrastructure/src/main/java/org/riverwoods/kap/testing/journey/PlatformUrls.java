package org.riverwoods.kap.testing.journey;

/** Where the four services answer, e.g. {@code http://localhost:8081}. */
public record PlatformUrls(String intake, String treatment, String infusion, String outcomes) {

    public String intakeApi() {
        return intake + "/api/v1";
    }

    public String treatmentApi() {
        return treatment + "/api/v1";
    }

    public String infusionApi() {
        return infusion + "/api/v1";
    }

    public String outcomesApi() {
        return outcomes + "/api/v1";
    }
}
