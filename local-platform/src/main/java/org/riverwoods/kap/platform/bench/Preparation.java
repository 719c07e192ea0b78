package org.riverwoods.kap.platform.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.riverwoods.kap.testing.journey.ApiClient;
import org.riverwoods.kap.testing.journey.ClinicSteps;
import org.riverwoods.kap.testing.journey.PlatformUrls;

/**
 * Patients brought, through the services' public APIs as the journeys do, to where a phase of the
 * benchmark can start: intakes that only wait for their completion, infusions running in a chair.
 */
final class Preparation {

    /** An intake everything is recorded for, with the ETag its completion must name. */
    record ReadyIntake(UUID patientId, UUID intakeId, String etag) {
    }

    private final ClinicSteps clinic;
    private final PlatformUrls urls;
    private final ApiClient api = new ApiClient();
    private final String nurse;

    Preparation(PlatformUrls urls, String nurse) {
        this.urls = urls;
        this.nurse = nurse;
        this.clinic = new ClinicSteps(urls, line -> {
        });
    }

    /** {@code count} intakes of eligible alcohol patients with both questionnaires' scores and consent. */
    List<ReadyIntake> intakesReadyToComplete(int count, int threads) throws Exception {
        return inParallel(count, threads, () -> {
            UUID patientId = clinic.registerPatient("FEMALE", "72.5");
            UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
            clinic.grantTreatmentConsent(patientId);
            String etag = api.get(urls.intakeApi() + "/intakes/" + intakeId, nurse).expect(200).etag();
            return new ReadyIntake(patientId, intakeId, etag);
        });
    }

    /** {@code count} sessions infusing now: plan approved and active, checked in, gate passed, dose checked, started. */
    List<UUID> infusingSessions(int count, int threads) throws Exception {
        return inParallel(count, threads, () -> {
            UUID patientId = clinic.registerPatient("FEMALE", "72.5");
            UUID intakeId = clinic.assess(patientId, "ALCOHOL", false);
            clinic.grantTreatmentConsent(patientId);
            clinic.completeIntake(intakeId);
            JsonNode draft = clinic.awaitPlan(patientId, "DRAFT");
            clinic.approveAndActivate(UUID.fromString(draft.path("id").asText()));
            UUID sessionId = UUID.fromString(clinic.awaitSessions(patientId, 1).get(0).path("id").asText());
            clinic.checkIn(sessionId, "72.5");
            clinic.preAssessment(sessionId, 128, 82);
            clinic.doseAndStart(sessionId);
            return sessionId;
        });
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> List<T> inParallel(int count, int threads, Step<T> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(step::run));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return Collections.unmodifiableList(results);
        } finally {
            pool.shutdownNow();
        }
    }
}
