package org.riverwoods.kap.outcomes.outcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.riverwoods.kap.kit.access.PatientAccess;
import org.riverwoods.kap.kit.audit.AuditAction;
import org.riverwoods.kap.kit.audit.AuditTrail;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;
import org.riverwoods.kap.outcomes.diary.DiaryEntry;
import org.riverwoods.kap.outcomes.diary.DiaryService;
import org.riverwoods.kap.outcomes.measures.AbstinenceMeasures;
import org.riverwoods.kap.outcomes.measures.DiaryDay;
import org.riverwoods.kap.outcomes.measures.RelapseDetector;
import org.riverwoods.kap.outcomes.measures.RelapseRule;
import org.riverwoods.kap.outcomes.measures.Sex;
import org.riverwoods.kap.outcomes.profile.PatientProfile;

/** A patient's outcome figures, computed from the diary by the rules of their protocol. */
@ApplicationScoped
public class OutcomeService {

    @Inject
    DiaryService diary;

    @Inject
    AbstinenceMeasures abstinence;

    @Inject
    RelapseDetector relapses;

    @Inject
    org.riverwoods.kap.outcomes.measures.InstrumentChange instruments;

    @Inject
    PatientAccess access;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "kap.outcomes.clinic-zone", defaultValue = "America/Denver")
    ZoneId clinicZone;

    @Transactional
    public PatientOutcomes of(UUID patientId, LocalDate asOfOrToday) {
        access.require(patientId, "PatientOutcomes");
        PatientProfile profile = PatientProfile.findById(patientId);
        if (profile == null || profile.planStartedOn == null || profile.primarySubstance == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "No active treatment plan is known for this patient yet: outcomes count from the plan's start");
        }
        LocalDate asOf = asOfOrToday != null ? asOfOrToday : LocalDate.now(clinicZone);
        audit.record(AuditAction.READ, "PatientOutcomes", patientId, null);
        return compute(profile, asOf);
    }

    /** The figures of one patient, without access checks: for this service's own aggregates. */
    public PatientOutcomes compute(PatientProfile profile, LocalDate asOf) {
        UUID patientId = profile.patientId;
        List<DiaryDay> days = diary.all(patientId).stream().map(OutcomeService::toMeasure).toList();
        Sex sex = profile.sex == null ? Sex.UNKNOWN : Sex.valueOf(profile.sex);
        RelapseRule rule = profile.relapseRule == null ? RelapseRule.NONE : RelapseRule.valueOf(profile.relapseRule);
        try {
            if (asOf.isBefore(profile.planStartedOn)) {
                // activated, day 0 still ahead: the baseline is all there is to show
                return new PatientOutcomes(patientId, profile.templateCode, profile.primarySubstance, rule.name(),
                        profile.planStartedOn, asOf,
                        abstinence.baseline(days, profile.primarySubstance, sex, profile.planStartedOn), List.of(),
                        null, null, phq9(profile));
            }
            return new PatientOutcomes(patientId, profile.templateCode, profile.primarySubstance, rule.name(),
                    profile.planStartedOn, asOf,
                    abstinence.baseline(days, profile.primarySubstance, sex, profile.planStartedOn),
                    abstinence.followUp(days, profile.primarySubstance, sex, profile.planStartedOn, asOf),
                    relapses.timeToRelapse(rule, days, labs(patientId), profile.primarySubstance, sex,
                            profile.planStartedOn, dropout(profile, asOf), asOf),
                    abstinence.window(days, profile.primarySubstance, sex, profile.planStartedOn, asOf),
                    phq9(profile));
        } catch (IllegalArgumentException e) {
            // e.g. a heavy-drinking relapse rule on a plan whose primary substance is not alcohol
            throw new ProblemException(ProblemType.CONFLICT, "Outcomes cannot be computed: " + e.getMessage());
        }
    }

    private org.riverwoods.kap.outcomes.measures.InstrumentChange.Phq9Outcome phq9(PatientProfile profile) {
        Integer latest = org.riverwoods.kap.outcomes.questionnaire.QuestionnaireResponse.latestTotal(profile.patientId,
                org.riverwoods.kap.outcomes.questionnaire.Questionnaire.PHQ_9);
        return profile.baselinePhq9 == null || latest == null ? null : instruments.phq9(profile.baselinePhq9, latest);
    }

    /** A discontinued plan is a dropout; a discontinuation on the start day counts from day 0. */
    private static LocalDate dropout(PatientProfile profile, LocalDate asOf) {
        return profile.dropoutOn == null || profile.dropoutOn.isAfter(asOf) ? null
                : profile.dropoutOn.isBefore(profile.planStartedOn) ? profile.planStartedOn : profile.dropoutOn;
    }

    private static List<org.riverwoods.kap.outcomes.measures.LabResult> labs(UUID patientId) {
        return org.riverwoods.kap.outcomes.lab.LabResult.<org.riverwoods.kap.outcomes.lab.LabResult>list(
                "patientId = ?1 order by collectedOn", patientId).stream()
                .map(l -> new org.riverwoods.kap.outcomes.measures.LabResult(l.collectedOn, l.substance, l.positive))
                .toList();
    }

    private static DiaryDay toMeasure(org.riverwoods.kap.outcomes.diary.DiaryDay day) {
        Map<String, java.math.BigDecimal> amounts = day.entries.stream()
                .collect(Collectors.toMap(DiaryEntry::substance, DiaryEntry::amount, java.math.BigDecimal::add));
        return new DiaryDay(day.day, amounts);
    }
}
