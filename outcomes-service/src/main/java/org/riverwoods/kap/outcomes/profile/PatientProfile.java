package org.riverwoods.kap.outcomes.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The facts about a patient that outcome measures and the analytics stream need. */
@Entity
@Table(name = "patient_profile")
public class PatientProfile extends PanacheEntityBase {

    @Id
    public UUID patientId;
    public String sex;
    public Integer birthYear;
    public Instant registeredAt;
    public UUID planId;
    public String templateCode;
    public String relapseRule;
    public String primarySubstance;
    /** Day 0 of treatment: the day the plan became active. */
    public LocalDate planStartedOn;
    public String planStatus;
    /** The day the plan was discontinued: a dropout for the FIRST_USE_OR_DROPOUT rule. */
    public LocalDate dropoutOn;
    /** The PHQ-9 total scored at intake: the baseline of the PHQ-9 outcomes. */
    @jakarta.persistence.Column(name = "baseline_phq9")
    public Integer baselinePhq9;
    public UUID analyticsConsentId;
    /** A Part 2 consent to de-identified program analytics is in force. */
    public boolean analyticsConsent;
    public Instant updatedAt;

    /**
     * The profile, created if needed and locked for the caller's transaction. Several topics are
     * consumed in parallel, so two first events of one patient can race: the insert yields to the
     * other instead of failing.
     */
    public static PatientProfile of(UUID patientId) {
        getEntityManager().createNativeQuery("insert into patient_profile (patient_id, analytics_consent, updated_at) "
                + "values (?1, false, now()) on conflict do nothing").setParameter(1, patientId).executeUpdate();
        return findById(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A write about a patient no event has told this service of is refused: it would create outcomes
     * for nobody. A patient registered moments ago is known within the event hop.
     */
    public static void requireKnown(UUID patientId) {
        if (findById(patientId) == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No patient with this id is known to outcomes-service; "
                    + "a patient registered moments ago is known within seconds");
        }
    }
}
