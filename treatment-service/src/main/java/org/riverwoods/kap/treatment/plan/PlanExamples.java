package org.riverwoods.kap.treatment.plan;

final class PlanExamples {

    static final String PLAN = """
            {
              "id": "4b1e2f3a-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "intakeId": "9a7d1c55-0e0b-4c9a-b0b4-3f3c2d1e0f11",
              "templateCode": "KARE", "templateVersion": 1, "planVersion": 1,
              "status": "DRAFT", "primarySubstance": "ALCOHOL", "relapseRule": "CONFIRMED_RELAPSE",
              "prescription": { "route": "IV", "doseMgPerKg": 0.800, "infusionMinutes": 40, "infusionCount": 3,
                                "infusionIntervalDays": 7, "firstInfusionDay": 0,
                                "prerequisites": ["ABSTINENT_AT_LEAST_24_HOURS"],
                                "intakeWeightKg": 72.5, "intakeWeightMeasuredOn": "2026-11-20" },
              "components": {
                "biological": { "ketamineInfusions": 3, "aminoAcidSessions": 6 },
                "psychological": { "modality": "MINDFULNESS_BASED_RELAPSE_PREVENTION", "sessions": 7 },
                "social": { "groupSessionsPerWeek": 1, "familySessions": 2, "aftercareWeeks": 12 }
              },
              "phases": [ { "phase": "EVALUATION", "fromWeek": 0, "toWeek": 0 },
                          { "phase": "INDUCTION", "fromWeek": 1, "toWeek": 3 },
                          { "phase": "MAINTENANCE", "fromWeek": 4, "toWeek": 4 },
                          { "phase": "AFTERCARE", "fromWeek": 5, "toWeek": 16 } ],
              "suicideRisk": { "open": false, "flaggedAt": "2026-11-20T10:12:00Z", "source": "INTAKE_SCREENING",
                               "reviewedAt": "2026-11-20T11:05:00Z", "reviewOutcome": "SAFETY_PLAN_IN_PLACE" },
              "createdAt": "2026-11-26T15:30:01Z", "updatedAt": "2026-11-26T15:30:01Z", "version": 0
            }""";

    static final String PAGE = "{ \"items\": [" + PLAN + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1 }";

    static final String STATUS = """
            { "status": "ON_HOLD", "reason": "Patient hospitalised for an unrelated surgery" }""";

    private PlanExamples() {
    }
}
