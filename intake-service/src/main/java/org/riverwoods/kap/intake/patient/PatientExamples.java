package org.riverwoods.kap.intake.patient;

/** OpenAPI examples: what a client sends and gets back. */
final class PatientExamples {

    static final String DETAILS = """
            {
              "medicalRecordNumber": "MRN-004211",
              "givenName": "Alex",
              "familyName": "Rivera",
              "dateOfBirth": "1984-03-12",
              "sex": "FEMALE",
              "email": "alex.rivera@example.org",
              "phone": "+1 801 555 0142",
              "weightKg": 72.5,
              "weightMeasuredOn": "2026-11-20"
            }""";

    static final String PATIENT = """
            {
              "id": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10",
              "medicalRecordNumber": "MRN-004211",
              "givenName": "Alex",
              "familyName": "Rivera",
              "dateOfBirth": "1984-03-12",
              "sex": "FEMALE",
              "email": "alex.rivera@example.org",
              "phone": "+1 801 555 0142",
              "weightKg": 72.5,
              "weightMeasuredOn": "2026-11-20",
              "suicideRiskFlaggedAt": null,
              "registeredAt": "2026-11-26T15:04:05.123Z",
              "updatedAt": "2026-11-26T15:04:05.123Z",
              "version": 0
            }""";

    static final String PAGE = """
            {
              "items": [ { "id": "6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10", "medicalRecordNumber": "MRN-004211",
                           "givenName": "Alex", "familyName": "Rivera", "dateOfBirth": "1984-03-12", "sex": "FEMALE",
                           "email": "alex.rivera@example.org", "phone": "+1 801 555 0142", "weightKg": 72.5,
                           "weightMeasuredOn": "2026-11-20", "registeredAt": "2026-11-26T15:04:05.123Z",
                           "updatedAt": "2026-11-26T15:04:05.123Z", "version": 0 } ],
              "page": 0,
              "size": 20,
              "totalItems": 1,
              "totalPages": 1
            }""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "urn:kap:problem:validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "weightKg must be less than or equal to 350.0",
              "violations": [ { "field": "weightKg", "message": "must be less than or equal to 350.0" } ]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:kap:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Patient 6f1c2a3e-9d4b-4c1e-8a77-2b0f5e3d9a10 was not found"
            }""";

    static final String STALE_PROBLEM = """
            {
              "type": "urn:kap:problem:precondition-failed",
              "title": "Stale version",
              "status": 412,
              "detail": "The record has changed since you read it (current ETag \\"3\\"); read it again and retry"
            }""";

    private PatientExamples() {
    }
}
