package org.riverwoods.kap.outcomes.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Outcomes of one protocol template's patients in one period, safe to show an analyst: every
 * number rests on at least the minimum cell size of patients.
 *
 * @param templateCode        protocol template, e.g. KARE
 * @param period              e.g. 2026-Q4 ({@link Periods#quarterOf})
 * @param relapseFreeSurvival {@code null} when suppressed
 */
public record CohortRow(String templateCode, String period, Cell<Integer> enrolled, Cell<Integer> completed,
        Cell<BigDecimal> meanPercentDaysAbstinent, Cell<BigDecimal> meanPhq9Change,
        SurvivalCurve relapseFreeSurvival) {

    public CohortRow {
        requireText(templateCode, "templateCode");
        requireText(period, "period");
        Objects.requireNonNull(enrolled, "enrolled");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(meanPercentDaysAbstinent, "meanPercentDaysAbstinent");
        Objects.requireNonNull(meanPhq9Change, "meanPhq9Change");
    }

    /**
     * The row of these patients. Under the minimum enrolment the whole row is suppressed, curve
     * included. Otherwise each number is suppressed on its own when fewer than the minimum patients
     * contribute to it: the completers, the patients with a measure (means), the patients with
     * relapse follow-up (curve).
     */
    public static CohortRow of(String templateCode, String period, List<PatientSummary> patients,
            int minimumCellSize) {
        Objects.requireNonNull(patients, "patients");
        if (minimumCellSize < 1) {
            throw new IllegalArgumentException("minimumCellSize must be at least 1");
        }
        int enrolled = patients.size();
        if (enrolled < minimumCellSize) {
            return new CohortRow(templateCode, period, Cell.suppressedCell(), Cell.suppressedCell(),
                    Cell.suppressedCell(), Cell.suppressedCell(), null);
        }
        List<BigDecimal> abstinence = present(patients, PatientSummary::percentDaysAbstinent);
        List<BigDecimal> phq9Changes = present(patients, p -> p.phq9Change() == null ? null : BigDecimal.valueOf(p.phq9Change()));
        List<SurvivalObservation> relapses = present(patients, PatientSummary::relapse);
        return new CohortRow(templateCode, period,
                SmallCells.suppressIfSmall(enrolled, enrolled, minimumCellSize),
                completed(patients, minimumCellSize),
                SmallCells.suppressIfSmall(abstinence.size(), mean(abstinence), minimumCellSize),
                SmallCells.suppressIfSmall(phq9Changes.size(), mean(phq9Changes), minimumCellSize),
                relapses.size() < minimumCellSize ? null : KaplanMeier.estimate(relapses));
    }

    /**
     * Completers are published next to the enrolment, so the non-completers follow by subtraction:
     * they must not be a small cell either (e.g. 38 of 40 would reveal a cell of 2).
     */
    private static Cell<Integer> completed(List<PatientSummary> patients, int minimumCellSize) {
        int completed = (int) patients.stream().filter(PatientSummary::completed).count();
        int notCompleted = patients.size() - completed;
        if (notCompleted < minimumCellSize) {
            return Cell.suppressedCell();
        }
        return SmallCells.suppressIfSmall(completed, completed, minimumCellSize);
    }

    private static <T> List<T> present(List<PatientSummary> patients, Function<PatientSummary, T> measure) {
        return patients.stream().map(measure).filter(Objects::nonNull).toList();
    }

    /** Mean to 1 decimal, HALF_UP (away from zero: -2.25 is -2.3); {@code null} for no values. */
    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
