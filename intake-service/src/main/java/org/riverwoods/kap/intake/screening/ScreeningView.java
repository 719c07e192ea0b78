package org.riverwoods.kap.intake.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening", description = "A scored instrument")
public record ScreeningView(UUID id, UUID intakeId, UUID patientId, Instrument instrument,
        @Schema(description = "LOINC code of the total score") String loincCode,
        @Schema(description = "LOINC code of the panel") String panelLoincCode, List<Integer> answers, int total,
        int maxTotal, ScreeningBand band, List<ScreeningFlag> flags,
        @Schema(description = "AUDIT-C (items 1-3) of an AUDIT or AUDIT-C") Integer auditCTotal, ScreeningSource source,
        Instant administeredAt, Instant recordedAt) {
}
