package org.riverwoods.kap.treatment.schedule;

final class AppointmentExamples {

    static final String APPOINTMENT = """
            {
              "id": "7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09",
              "planId": "4b1e2f3a-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "kind": "KETAMINE_INFUSION",
              "sequence": 1,
              "startsAt": "2026-11-30T16:00:00Z",
              "durationMinutes": 160,
              "status": "SCHEDULED",
              "version": 0
            }""";

    static final String PAGE = "{ \"items\": [" + APPOINTMENT + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }";

    static final String RESCHEDULE = """
            { "startsAt": "2026-12-01T16:00:00Z", "reason": "Blood pressure above 140/90 at pre-assessment; deferred one day" }""";

    static final String CANCEL = """
            { "reason": "Patient unwell; will call to rebook" }""";

    private AppointmentExamples() {
    }
}
