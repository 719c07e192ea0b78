package org.riverwoods.kap.intake.eligibility;

final class EligibilityExamples {

    static final String SCREEN = """
            {
              "aneurysmalVascularDiseaseOrAvm": false,
              "intracerebralHaemorrhageHistory": false,
              "ketamineHypersensitivity": false,
              "activePsychosisOrMania": false,
              "psychosisOrManiaHistory": false,
              "pregnant": false,
              "breastfeeding": false,
              "uncontrolledHypertension": false,
              "acuteIntoxicationOrWithdrawal": false,
              "systolicMmHg": 148,
              "diastolicMmHg": 88,
              "benzodiazepineLorazepamEquivalentMgPerDay": 0
            }""";

    static final String ELIGIBILITY = """
            {
              "intakeId": "9a7d1c55-0e0b-4c9a-b0b4-3f3c2d1e0f11",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "decision": "NEEDS_REVIEW",
              "computedDecision": "NEEDS_REVIEW",
              "reasons": [ { "code": "BLOOD_PRESSURE_ABOVE_REVIEW", "severity": "NEEDS_REVIEW",
                             "description": "Blood pressure 148/88 mmHg above 140/90: needs review, control before treatment" } ],
              "screen": { "systolicMmHg": 148, "diastolicMmHg": 88 },
              "assessedAt": "2026-11-26T15:10:00Z",
              "version": 0
            }""";

    static final String OVERRIDE = """
            {
              "decision": "ELIGIBLE",
              "justification": "Repeat BP 132/84 after rest; white-coat pattern documented by PCP. Proceed with monitoring."
            }""";

    private EligibilityExamples() {
    }
}
