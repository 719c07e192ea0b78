package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Time to relapse under the plan's {@link RelapseRule}, from the diary (and labs) between the
 * plan's start (day 0) and the "as of" date; anything dated later is not yet known and ignored,
 * and use before the start (baseline) never counts.
 *
 * <ul>
 * <li>FIRST_USE: the first reported day with any use of the primary substance.
 * <li>FIRST_HEAVY_DRINKING_DAY: the first day at or above the patient's heavy drinking cut-off;
 * only for alcohol plans (any other plan is refused: it could never relapse).
 * <li>CONFIRMED_RELAPSE: see {@link ConfirmedRelapse}.
 * <li>FIRST_USE_OR_DROPOUT: the first use, or the dropout date if earlier; dropping out is the
 * event ({@code relapsed}, as Dakwar 2019 counted it). Use and dropout on the same day: the use.
 * <li>NONE: never relapses.
 * </ul>
 * Without an event the patient is censored at the last reported day (the last day anything is
 * known), or at day 0 when nothing has been reported since the start. Only FIRST_USE_OR_DROPOUT
 * looks at the dropout date; the other rules keep counting reports made after a dropout.
 */
@ApplicationScoped
public class RelapseDetector {

    private final OutcomeSettings settings;

    @Inject
    public RelapseDetector(OutcomeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param dropoutOn the day the patient left treatment, or null; a date after {@code asOf} is
     *                  not yet known and ignored
     */
    public RelapseOutcome timeToRelapse(RelapseRule rule, List<DiaryDay> diary, List<LabResult> labs,
            String primarySubstance, Sex sex, LocalDate planStart, LocalDate dropoutOn, LocalDate asOf) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(primarySubstance, "primarySubstance");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(planStart, "planStart");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(planStart)) {
            throw new IllegalArgumentException("no time to relapse before the plan's start");
        }
        if (dropoutOn != null && dropoutOn.isBefore(planStart)) {
            throw new IllegalArgumentException("a dropout cannot precede the plan's start");
        }
        if (rule == RelapseRule.FIRST_HEAVY_DRINKING_DAY && !Substances.isAlcohol(primarySubstance)) {
            throw new IllegalArgumentException("the first heavy drinking day rule needs an alcohol plan");
        }
        Diary indexed = Diary.of(diary);
        List<DiaryDay> followed = indexed.between(planStart, asOf);
        Optional<RelapseEvent> event = switch (rule) {
            case FIRST_USE -> firstUse(followed, primarySubstance);
            case FIRST_HEAVY_DRINKING_DAY -> firstHeavyDrinkingDay(followed, HeavyDrinking.forPatient(settings, sex));
            case CONFIRMED_RELAPSE -> new ConfirmedRelapse(settings.relapseConfirmationDays())
                    .first(followed, indexed, labs, primarySubstance, asOf);
            case FIRST_USE_OR_DROPOUT -> firstUseOrDropout(followed, primarySubstance,
                    dropoutOn == null || dropoutOn.isAfter(asOf) ? null : dropoutOn);
            case NONE -> Optional.empty();
        };
        return event.map(e -> RelapseOutcome.relapsed(rule, planStart, e.on(), e.basis()))
                .orElseGet(() -> censored(rule, followed, planStart));
    }

    private static Optional<RelapseEvent> firstUse(List<DiaryDay> followed, String substance) {
        return followed.stream().filter(day -> day.used(substance)).findFirst()
                .map(day -> new RelapseEvent(day.date(), "first use of " + substance + " " + day.date() + " ("
                        + Substances.amountInWords(substance, day.amountOf(substance)) + ")"));
    }

    private static Optional<RelapseEvent> firstHeavyDrinkingDay(List<DiaryDay> followed, HeavyDrinking heavyDrinking) {
        return followed.stream().filter(heavyDrinking::isHeavy).findFirst()
                .map(day -> new RelapseEvent(day.date(), "first heavy drinking day " + day.date() + " ("
                        + Substances.amountInWords(Substances.ALCOHOL, day.amountOf(Substances.ALCOHOL)) + ")"));
    }

    private static Optional<RelapseEvent> firstUseOrDropout(List<DiaryDay> followed, String substance,
            LocalDate dropoutOn) {
        Optional<RelapseEvent> use = firstUse(followed, substance);
        if (dropoutOn != null && (use.isEmpty() || dropoutOn.isBefore(use.get().on()))) {
            return Optional.of(new RelapseEvent(dropoutOn, "dropout " + dropoutOn + " before any use of " + substance));
        }
        return use;
    }

    private static RelapseOutcome censored(RelapseRule rule, List<DiaryDay> followed, LocalDate planStart) {
        String why = rule == RelapseRule.NONE ? "no relapse outcome for this plan" : "no relapse";
        if (followed.isEmpty()) {
            return RelapseOutcome.censored(rule, planStart, planStart,
                    why + "; nothing reported since the plan's start " + planStart + ", censored at day 0");
        }
        LocalDate lastReport = followed.get(followed.size() - 1).date();
        return RelapseOutcome.censored(rule, planStart, lastReport,
                why + "; censored at the last report " + lastReport);
    }
}
