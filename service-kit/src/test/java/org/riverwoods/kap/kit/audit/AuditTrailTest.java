package org.riverwoods.kap.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.riverwoods.kap.kit.testsupport.Api.NOTES;
import static org.riverwoods.kap.kit.testsupport.Api.as;
import static org.riverwoods.kap.kit.testsupport.Api.asPatient;
import static org.riverwoods.kap.kit.testsupport.Problems.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.riverwoods.kap.kit.testsupport.Api;
import org.riverwoods.kap.kit.testsupport.Database;

import io.quarkus.test.junit.QuarkusTest;

/** Every access to a patient's record leaves an entry, the refused ones too. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void aReadByStaffIsAudited() {
        UUID patient = UUID.randomUUID();
        UUID note = Api.createNote(patient);
        as("therapist").get(NOTES + "/" + note).then().statusCode(200);

        assertEquals(1, entries(patient, "CREATE", "dev-nurse", "SUCCESS"));
        assertEquals(1, entries(patient, "READ", "dev-therapist", "SUCCESS"));
        assertEquals(note.toString(), Database.text("select resource_id from audit_entry where patient_id = ? "
                + "and action = 'READ' and resource_type = 'Note'", patient));
    }

    @Test
    void aRefusedReadIsAuditedThoughTheRequestFailed() {
        UUID owner = UUID.randomUUID();
        UUID intruder = UUID.randomUUID();
        UUID note = Api.createNote(owner);

        assertProblem(asPatient(intruder).get(NOTES + "/" + note), 403, null, owner.toString());
        assertEquals(1, entries(owner, "DENIED", "dev-patient-" + intruder, "DENIED"),
                "the refusal survives the rollback");
        assertEquals(0, entries(owner, "READ", "dev-patient-" + intruder, "SUCCESS"));

        // the refusal is about whose record it is: the owner may read it
        asPatient(owner).get(NOTES + "/" + note).then().statusCode(200);
        assertEquals(1, entries(owner, "READ", "dev-patient-" + owner, "SUCCESS"));
    }

    @Test
    void aRefusalByRoleIsAuditedWithTheCallerAndTheRecord() {
        UUID note = Api.createNote(UUID.randomUUID());

        assertProblem(as("analyst").get(NOTES + "/" + note), 403, null);
        assertEquals(1, Database.number("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' "
                + "and actor = 'dev-analyst' and actor_roles = 'analyst' and resource_type = 'Note' and resource_id = ?",
                note.toString()), "a refusal by @RolesAllowed is in the audit trail too");
    }

    private static long entries(UUID patient, String action, String actor, String outcome) {
        return Database.number("select count(*) from audit_entry where patient_id = ? and action = ? and actor = ? "
                + "and outcome = ?", patient, action, actor, outcome);
    }
}
