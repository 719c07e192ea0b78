package org.riverwoods.kap.intake.screening;

import java.util.UUID;

import org.riverwoods.kap.intake.events.ScreeningScored;
import org.riverwoods.kap.intake.events.SuicideRiskFlagged;

final class ScreeningMapper {

    /** PHQ-9 item 9 ("thoughts that you would be better off dead ..."), 1-based. */
    static final int PHQ9_SUICIDE_ITEM = 9;

    private ScreeningMapper() {
    }

    static void apply(ScreeningResult result, Screening screening) {
        screening.total = result.total();
        screening.band = result.band();
        screening.flags = result.flags();
        screening.auditCTotal = result.auditCTotal();
    }

    static ScreeningView toView(Screening s) {
        return new ScreeningView(s.id, s.intakeId, s.patientId, s.instrument, s.instrument.totalScoreLoinc(),
                s.instrument.panelLoinc(), s.answers, s.total, s.instrument.maxTotal(), s.band, s.flags, s.auditCTotal,
                s.source, s.administeredAt, s.recordedAt);
    }

    static ScreeningScored scored(Screening s) {
        return new ScreeningScored(s.id, s.intakeId, s.patientId, s.instrument.name(), s.instrument.totalScoreLoinc(),
                s.total, s.band.name(), s.flags.stream().map(Enum::name).toList(), s.auditCTotal, s.source.name(),
                s.administeredAt);
    }

    static SuicideRiskFlagged suicideRisk(Screening s, UUID patientId) {
        return new SuicideRiskFlagged(patientId, s.id, s.intakeId, s.answers.get(PHQ9_SUICIDE_ITEM - 1), s.total,
                s.recordedAt);
    }
}
