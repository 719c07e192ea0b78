package org.riverwoods.kap.intake.screening;

import java.util.List;

/**
 * The score of one completed instrument.
 *
 * @param total       the total score (DAST-10 item 3 already reversed)
 * @param maxTotal    the highest total the instrument allows, for display as "total / max"
 * @param band        where the total falls; {@link ScreeningBand#NOT_BANDED} for PACS
 * @param flags       findings that need attention, in {@link ScreeningFlag} order; empty if none
 * @param auditCTotal the AUDIT-C total (items 1-3) for an AUDIT or AUDIT-C, null for the others
 */
public record ScreeningResult(Instrument instrument, int total, int maxTotal, ScreeningBand band,
        List<ScreeningFlag> flags, Integer auditCTotal) {

    public ScreeningResult {
        flags = List.copyOf(flags);
    }

    public boolean has(ScreeningFlag flag) {
        return flags.contains(flag);
    }
}
