package org.riverwoods.kap.intake.progress;

import org.riverwoods.kap.intake.intake.Intake;
import java.util.ArrayList;
import java.util.List;

import org.riverwoods.kap.intake.eligibility.EligibilityMapper;
import org.riverwoods.kap.intake.eligibility.IntakeEligibility;
import org.riverwoods.kap.intake.events.IntakeCompleted;
import org.riverwoods.kap.intake.history.SubstanceHistory;
import org.riverwoods.kap.intake.patient.Patient;
import org.riverwoods.kap.intake.screening.Instrument;
import org.riverwoods.kap.intake.screening.Screening;
import org.riverwoods.kap.intake.screening.ScreeningFlag;

/** Builds IntakeCompleted: what treatment planning needs and nothing that identifies the patient. */
final class IntakeCompletion {

    private IntakeCompletion() {
    }

    static IntakeCompleted event(Intake intake, Patient patient, List<Screening> latest, SubstanceHistory history,
            IntakeEligibility eligibility) {
        return new IntakeCompleted(intake.id, intake.patientId, intake.completedAt, history.primarySubstance.name(),
                history.secondarySubstances().stream().map(Enum::name).toList(), patient.sex.name(), patient.weightKg,
                patient.weightMeasuredOn, EligibilityMapper.forCompletion(eligibility), totals(latest));
    }

    /** A full AUDIT also reports its AUDIT-C, unless an AUDIT-C was scored on its own. */
    private static List<IntakeCompleted.InstrumentTotal> totals(List<Screening> latest) {
        List<IntakeCompleted.InstrumentTotal> totals = new ArrayList<>();
        boolean auditCScored = latest.stream().anyMatch(s -> s.instrument == Instrument.AUDIT_C);
        for (Screening s : latest) {
            totals.add(new IntakeCompleted.InstrumentTotal(s.instrument.name(), s.instrument.totalScoreLoinc(), s.total,
                    s.band.name(), s.flags.stream().map(Enum::name).toList()));
            if (s.instrument == Instrument.AUDIT && s.auditCTotal != null && !auditCScored) {
                boolean positive = s.flags.contains(ScreeningFlag.AUDIT_C_POSITIVE);
                totals.add(new IntakeCompleted.InstrumentTotal(Instrument.AUDIT_C.name(),
                        Instrument.AUDIT_C.totalScoreLoinc(), s.auditCTotal, positive ? "POSITIVE" : "NEGATIVE",
                        List.of()));
            }
        }
        return totals;
    }
}
