package org.riverwoods.kap.console.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.riverwoods.kap.console.services.ServiceProblem;

import io.quarkus.qute.TemplateData;

/**
 * The screening instruments intake-service scores, as forms: one select per item offering exactly
 * the answers the service's Instrument enum allows (AUDIT items 9-10: 0, 2 or 4; DAST-10 yes/no).
 * Scores and bands are never worked out here: the page shows what the service answered.
 */
public final class Instruments {

    /** An instrument as the service names it ({@code code}) and as clinicians do ({@code name}). */
    @TemplateData
    public record Instrument(String code, String name, String title, List<String> questions) {

        public int itemCount() {
            return questions.size();
        }

        /** The answers item {@code item} (from 1) accepts, with their wording. */
        public List<Option> options(int item) {
            return switch (code) {
                case "AUDIT", "AUDIT_C" -> auditOptions(item);
                case "DAST_10" -> List.of(new Option(0, "0 — No"), new Option(1, "1 — Yes"));
                case "PHQ_9", "GAD_7" -> List.of(new Option(0, "0 — Not at all"), new Option(1, "1 — Several days"),
                        new Option(2, "2 — More than half the days"), new Option(3, "3 — Nearly every day"));
                case "PACS" -> numbered(0, 6);
                default -> throw new IllegalArgumentException("No instrument " + code);
            };
        }
    }

    /** One answer of an item: the value the service scores, and its wording. */
    @TemplateData
    public record Option(String value, String label) {

        Option(int value, String label) {
            this(String.valueOf(value), label);
        }
    }

    /** One item of a form as rendered: its question, answers, the one chosen (typed before a refusal) and its error. */
    @TemplateData
    public record Item(int number, String question, String inputId, List<Option> options, String chosen, String error) {
    }

    /** An instrument's form and, once scored, the service's latest result for it (null before). */
    @TemplateData
    public record Form(Instrument instrument, List<Item> items, Map<String, Object> result, boolean refused) {
    }

    private static final List<String> AUDIT_QUESTIONS = List.of(
            "How often do you have a drink containing alcohol?",
            "How many drinks containing alcohol do you have on a typical day when you are drinking?",
            "How often do you have six or more drinks on one occasion?",
            "How often during the last year have you found that you were not able to stop drinking once you had started?",
            "How often during the last year have you failed to do what was normally expected of you because of drinking?",
            "How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?",
            "How often during the last year have you had a feeling of guilt or remorse after drinking?",
            "How often during the last year have you been unable to remember what happened the night before because of your drinking?",
            "Have you or someone else been injured because of your drinking?",
            "Has a relative, friend, doctor or other health worker been concerned about your drinking or suggested you cut down?");

    public static final List<Instrument> ALL = List.of(
            new Instrument("AUDIT", "AUDIT", "Alcohol Use Disorders Identification Test", AUDIT_QUESTIONS),
            new Instrument("AUDIT_C", "AUDIT-C", "AUDIT-Consumption (AUDIT items 1-3)", AUDIT_QUESTIONS.subList(0, 3)),
            new Instrument("DAST_10", "DAST-10", "Drug Abuse Screening Test, past 12 months (1 = yes, 0 = no)", List.of(
                    "Have you used drugs other than those required for medical reasons?",
                    "Do you use more than one drug at a time?",
                    "Are you always able to stop using drugs when you want to? (the service scores this item reversed)",
                    "Have you had blackouts or flashbacks as a result of drug use?",
                    "Do you ever feel bad or guilty about your drug use?",
                    "Does your spouse (or parents) ever complain about your involvement with drugs?",
                    "Have you neglected your family because of your use of drugs?",
                    "Have you engaged in illegal activities in order to obtain drugs?",
                    "Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?",
                    "Have you had medical problems as a result of your drug use (memory loss, hepatitis, convulsions, bleeding...)?")),
            new Instrument("PHQ_9", "PHQ-9", "Patient Health Questionnaire: over the last 2 weeks, how often bothered by…", List.of(
                    "Little interest or pleasure in doing things",
                    "Feeling down, depressed, or hopeless",
                    "Trouble falling or staying asleep, or sleeping too much",
                    "Feeling tired or having little energy",
                    "Poor appetite or overeating",
                    "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
                    "Trouble concentrating on things, such as reading or watching television",
                    "Moving or speaking so slowly that others could notice, or being so fidgety or restless that you move around a lot more than usual",
                    "Thoughts that you would be better off dead, or of hurting yourself in some way")),
            new Instrument("GAD_7", "GAD-7", "Generalized Anxiety Disorder scale: over the last 2 weeks, how often bothered by…", List.of(
                    "Feeling nervous, anxious, or on edge",
                    "Not being able to stop or control worrying",
                    "Worrying too much about different things",
                    "Trouble relaxing",
                    "Being so restless that it is hard to sit still",
                    "Becoming easily annoyed or irritable",
                    "Feeling afraid, as if something awful might happen")),
            new Instrument("PACS", "PACS", "Penn Alcohol Craving Scale: the past week (0 = none … 6 = most)", List.of(
                    "How often have you thought about drinking or about how good a drink would make you feel?",
                    "At its most severe point, how strong was your craving?",
                    "How much time did you spend thinking about drinking or about how good a drink would make you feel?",
                    "How difficult would it have been to resist taking a drink if you had known a bottle was in your house?",
                    "Overall, how would you rate your average alcohol craving?")));

    private Instruments() {
    }

    public static Instrument byCode(String code) {
        return ALL.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * The forms of every instrument with the intake's latest scores. For the form that was refused,
     * {@code typed} gives what was chosen and {@code problem} the service's words per item
     * ({@code answers[i]} is item i+1).
     */
    public static List<Form> forms(List<Map<String, Object>> scores, String failedCode, Function<String, String> typed,
            ServiceProblem problem) {
        List<Form> forms = new ArrayList<>();
        for (Instrument instrument : ALL) {
            boolean failed = instrument.code().equals(failedCode);
            List<Item> items = new ArrayList<>();
            for (int n = 1; n <= instrument.itemCount(); n++) {
                String chosen = failed ? typed.apply("item" + n) : null;
                String error = failed && problem != null ? problem.field("answers[" + (n - 1) + "]") : null;
                items.add(new Item(n, instrument.questions().get(n - 1), instrument.code() + "-item" + n, instrument.options(n),
                        chosen, error));
            }
            Map<String, Object> result = scores.stream().filter(s -> instrument.code().equals(s.get("instrument")))
                    .findFirst().orElse(null);
            forms.add(new Form(instrument, items, result, failed));
        }
        return forms;
    }

    /** AUDIT (and AUDIT-C) answers as the printed form words them; items 9 and 10 score only 0, 2 or 4. */
    private static List<Option> auditOptions(int item) {
        List<String> words = switch (item) {
            case 1 -> List.of("Never", "Monthly or less", "2 to 4 times a month", "2 to 3 times a week", "4 or more times a week");
            case 2 -> List.of("1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more");
            case 9, 10 -> List.of();
            default -> List.of("Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily");
        };
        if (words.isEmpty()) {
            return List.of(new Option(0, "0 — No"), new Option(2, "2 — Yes, but not in the last year"),
                    new Option(4, "4 — Yes, during the last year"));
        }
        List<Option> options = new ArrayList<>();
        for (int v = 0; v < words.size(); v++) {
            options.add(new Option(v, v + " — " + words.get(v)));
        }
        return options;
    }

    private static List<Option> numbered(int from, int to) {
        List<Option> options = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            options.add(new Option(v, String.valueOf(v)));
        }
        return options;
    }
}
