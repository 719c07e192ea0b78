package org.riverwoods.kap.outcomes.questionnaire;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.riverwoods.kap.kit.problem.Problem;
import org.riverwoods.kap.kit.problem.ProblemException;
import org.riverwoods.kap.kit.problem.ProblemType;

/** Validates every answer and scores a questionnaire: total, band and the PHQ-9 item 9 flag. */
@ApplicationScoped
public class QuestionnaireScorer {

    static final int PHQ9_SUICIDE_ITEM = 9;

    public record Score(int total, String band, boolean suicideRisk) {
    }

    private final QuestionnaireSettings settings;

    @Inject
    public QuestionnaireScorer(QuestionnaireSettings settings) {
        this.settings = settings;
    }

    public Score score(Questionnaire q, List<Integer> answers) {
        validate(q, answers);
        int total = answers.stream().mapToInt(Integer::intValue).sum();
        return switch (q) {
            case PHQ_9 -> new Score(total, phq9Band(total),
                    answers.get(PHQ9_SUICIDE_ITEM - 1) >= settings.phq9().suicideItemAlertFrom());
            case GAD_7 -> new Score(total, gad7Band(total), false);
            case PACS, CRAVING_VAS -> new Score(total, null, false);
        };
    }

    private String phq9Band(int total) {
        QuestionnaireSettings.Phq9 c = settings.phq9();
        return total >= c.severeFrom() ? "SEVERE" : total >= c.moderatelySevereFrom() ? "MODERATELY_SEVERE"
                : total >= c.moderateFrom() ? "MODERATE" : total >= c.mildFrom() ? "MILD" : "NONE_MINIMAL";
    }

    private String gad7Band(int total) {
        QuestionnaireSettings.Gad7 c = settings.gad7();
        return total >= c.severeFrom() ? "SEVERE" : total >= c.moderateFrom() ? "MODERATE"
                : total >= c.mildFrom() ? "MILD" : "MINIMAL";
    }

    /** Reports every problem, by answer position; never the values sent. */
    static void validate(Questionnaire q, List<Integer> answers) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (answers == null || answers.size() != q.items()) {
            problems.add(new Problem.Violation("answers", q.name() + " has " + q.items() + " items"));
        } else {
            for (int i = 0; i < answers.size(); i++) {
                Integer a = answers.get(i);
                if (a == null || a < q.lowest() || a > q.highest()) {
                    problems.add(new Problem.Violation("answers[" + i + "]",
                            "item " + (i + 1) + " must be " + q.lowest() + " to " + q.highest()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(new Problem(ProblemType.VALIDATION_FAILED.uri(),
                    ProblemType.VALIDATION_FAILED.title(), 400,
                    String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList()), problems));
        }
    }
}
