package org.riverwoods.kap.outcomes.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Percent days abstinent (PDA) and heavy drinking days (HDD) from a patient's Timeline Followback
 * diary.
 *
 * <ul>
 * <li>A day is abstinent when it was reported and the target substance was not used. By default
 * the target is the plan's primary substance (the trials' outcome: a cannabis day does not break
 * alcohol abstinence); {@link AbstinenceScope#ANY_SUBSTANCE} asks for abstinence from everything.
 * <li>Days without a report are unknown and left out of every denominator.
 * <li>A heavy drinking day has at least the patient's cut-off of standard drinks
 * ({@link OutcomeSettings}). HDD is an alcohol outcome: for a plan whose primary substance is not
 * alcohol it is 0 and its percentage null, whatever the scope.
 * <li>Day 0 is the plan's start. The baseline is the {@code baselineWindowDays} before it (the
 * start day excluded); follow-up windows of {@code followUpWindowDays} run from day 0.
 * </ul>
 */
@ApplicationScoped
public class AbstinenceMeasures {

    private final OutcomeSettings settings;

    @Inject
    public AbstinenceMeasures(OutcomeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Abstinence from the primary substance from {@code from} to {@code toInclusive}. */
    public WindowFigures window(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate from,
            LocalDate toInclusive) {
        return window(diary, primarySubstance, sex, from, toInclusive, AbstinenceScope.PRIMARY_SUBSTANCE);
    }

    public WindowFigures window(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate from,
            LocalDate toInclusive, AbstinenceScope scope) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("a window cannot end before it starts");
        }
        return figures(new Target(diary, primarySubstance, sex, scope), from, toInclusive, true);
    }

    /** The baseline window: the {@code baselineWindowDays} days before the plan's start. */
    public WindowFigures baseline(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate planStart) {
        return baseline(diary, primarySubstance, sex, planStart, AbstinenceScope.PRIMARY_SUBSTANCE);
    }

    public WindowFigures baseline(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate planStart,
            AbstinenceScope scope) {
        Objects.requireNonNull(planStart, "planStart");
        LocalDate from = planStart.minusDays(settings.baselineWindowDays());
        return figures(new Target(diary, primarySubstance, sex, scope), from, planStart.minusDays(1), true);
    }

    /**
     * Follow-up windows from the plan's start up to {@code asOf} (inclusive): every complete
     * window, then the window still running, if it has begun, flagged incomplete and cut at
     * {@code asOf}. Empty when {@code asOf} is before the start.
     */
    public List<WindowFigures> followUp(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate planStart,
            LocalDate asOf) {
        return followUp(diary, primarySubstance, sex, planStart, asOf, AbstinenceScope.PRIMARY_SUBSTANCE);
    }

    public List<WindowFigures> followUp(List<DiaryDay> diary, String primarySubstance, Sex sex, LocalDate planStart,
            LocalDate asOf, AbstinenceScope scope) {
        Objects.requireNonNull(planStart, "planStart");
        Objects.requireNonNull(asOf, "asOf");
        Target target = new Target(diary, primarySubstance, sex, scope);
        int length = settings.followUpWindowDays();
        List<WindowFigures> windows = new ArrayList<>();
        for (LocalDate from = planStart; !from.isAfter(asOf); from = from.plusDays(length)) {
            LocalDate end = from.plusDays(length - 1L);
            boolean complete = !end.isAfter(asOf);
            windows.add(figures(target, from, complete ? end : asOf, complete));
        }
        return windows;
    }

    private WindowFigures figures(Target target, LocalDate from, LocalDate to, boolean complete) {
        boolean alcoholPlan = Substances.isAlcohol(target.primarySubstance());
        HeavyDrinking heavyDrinking = HeavyDrinking.forPatient(settings, target.sex());
        int known = 0;
        int abstinent = 0;
        int heavy = 0;
        for (DiaryDay day : target.diary().between(from, to)) {
            known++;
            if (!target.scope().usedOn(day, target.primarySubstance())) {
                abstinent++;
            }
            if (alcoholPlan && heavyDrinking.isHeavy(day)) {
                heavy++;
            }
        }
        int daysInWindow = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new WindowFigures(from, to, daysInWindow, known, abstinent, Percent.of(abstinent, known),
                heavy, alcoholPlan ? Percent.of(heavy, known) : null, complete);
    }

    /** What is measured: whose diary, which substance, for whom, how strictly. */
    private record Target(Diary diary, String primarySubstance, Sex sex, AbstinenceScope scope) {

        Target(List<DiaryDay> diary, String primarySubstance, Sex sex, AbstinenceScope scope) {
            this(Diary.of(diary), Objects.requireNonNull(primarySubstance, "primarySubstance"),
                    Objects.requireNonNull(sex, "sex"), Objects.requireNonNull(scope, "scope"));
        }
    }
}
