package org.riverwoods.kap.intake.consent;

final class ConsentExamples {

    static final String TREATMENT_REQUEST = """
            {
              "kind": "TREATMENT",
              "documentVersion": "IKAP-TX-2026.1",
              "signedAt": "2026-11-26T14:30:00Z",
              "signedBy": "Alex Rivera (patient)",
              "witnessedBy": "RN J. Chen"
            }""";

    static final String PART2_REQUEST = """
            {
              "kind": "PART2_DEIDENTIFIED_DISCLOSURE",
              "documentVersion": "P2-DEID-2026.1",
              "scope": ["PROGRAM_ANALYTICS", "RESEARCH"],
              "signedAt": "2026-11-26T14:35:00Z",
              "signedBy": "Alex Rivera (patient)",
              "expiresOn": "2027-11-26"
            }""";

    static final String CONSENT = """
            {
              "id": "0b9e4d52-5c1a-4f7e-9a42-7c3e2f1d8b66",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "kind": "TREATMENT",
              "status": "ACTIVE",
              "documentVersion": "IKAP-TX-2026.1",
              "scope": [],
              "signedAt": "2026-11-26T14:30:00Z",
              "signedBy": "Alex Rivera (patient)",
              "witnessedBy": "RN J. Chen",
              "recordedAt": "2026-11-26T14:31:02.412Z"
            }""";

    static final String REVOCATION = """
            { "reason": "Patient no longer wishes to share data for research" }""";

    static final String REVOKED = """
            {
              "id": "5d0c7a11-2e43-4b8f-b1de-0f6a9c2e7d35",
              "patientId": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "kind": "PART2_DEIDENTIFIED_DISCLOSURE",
              "status": "REVOKED",
              "documentVersion": "P2-DEID-2026.1",
              "scope": ["PROGRAM_ANALYTICS", "RESEARCH"],
              "signedAt": "2026-11-26T14:35:00Z",
              "signedBy": "Alex Rivera (patient)",
              "expiresOn": "2027-11-26",
              "recordedAt": "2026-11-26T14:35:40.100Z",
              "revokedAt": "2026-12-10T09:12:00Z",
              "revocationReason": "Patient no longer wishes to share data for research"
            }""";

    static final String PAGE = """
            { "items": [], "page": 0, "size": 20, "totalItems": 0, "totalPages": 0 }""";

    private ConsentExamples() {
    }
}
