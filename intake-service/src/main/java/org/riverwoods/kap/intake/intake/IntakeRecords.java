package org.riverwoods.kap.intake.intake;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

/**
 * The intake a screening, substance history or contraindication screen is recorded into: found for
 * the caller, refused once completed, and told when something new is in it. What the intake then
 * needs is the business of the intake's progress, which listens for {@link IntakeRecorded}.
 */
@ApplicationScoped
public class IntakeRecords {

    public static final String RESOURCE = "Intake";

    @Inject
    PatientAccess access;

    @Inject
    Event<IntakeRecorded> recorded;

    /** The intake, checked for the caller's access. */
    public Intake find(UUID intakeId) {
        Intake intake = Intake.findById(intakeId);
        if (intake == null) {
            throw ProblemException.notFound("Intake " + intakeId);
        }
        access.require(intake.patientId, RESOURCE);
        return intake;
    }

    /** Like {@link #find} but refuses a completed intake: its record is closed. */
    public Intake findOpen(UUID intakeId) {
        Intake intake = find(intakeId);
        if (intake.status == IntakeStatus.COMPLETED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This intake is completed and closed; start a new intake to record a new assessment");
        }
        return intake;
    }

    /** Something new is in the intake; its status moves forward in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(Intake intake) {
        recorded.fire(new IntakeRecorded(intake));
    }
}
