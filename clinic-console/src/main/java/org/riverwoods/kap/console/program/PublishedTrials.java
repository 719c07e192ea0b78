package org.riverwoods.kap.console.program;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

/**
 * The published trials behind treatment-service's protocol templates (by template code), with
 * only the figures the clinic's reference documents give, each with where it was read. The
 * documents were copied here by hand (the console never reads them): "Clinical reference for the
 * platform" (table "Protocol templates (published trials)") and the program's source document
 * "Ketamine and Addictions" (Utah Ketamine Authority). A result the documents give no number for
 * has a null value, and the page says "not reported" rather than a figure from elsewhere.
 */
public final class PublishedTrials {

    /** A passage of the reference documents, listed once on the page and cited by its number. */
    @TemplateData
    public record Source(int number, String title) {
    }

    static final Source REFERENCE = new Source(1,
            "Clinical reference for the platform, table “Protocol templates (published trials)”");
    static final Source REFERENCE_HEAVY_DAY = new Source(2,
            "Clinical reference for the platform, note on heavy drinking days under the protocol templates");
    static final Source REFERENCE_PHQ9 = new Source(3, "Clinical reference for the platform, “Instruments and scoring”");
    static final Source SEED_KARE = new Source(4, "“Ketamine and Addictions”, Utah Ketamine Authority (the program's "
            + "source document), abstract “Ketamine in AUD 2022”");
    static final Source SEED_TWO_TRIALS = new Source(5, "“Ketamine and Addictions”, Utah Ketamine Authority, section "
            + "“Ketamine and Addiction Treatment” (the cocaine and the alcohol trial)");
    static final Source SEED_REVIEW = new Source(6, "“Ketamine and Addictions”, Utah Ketamine Authority, review "
            + "“Ketamine for the treatment of addiction: Evidence and potential mechanisms”");

    /** Every source, in number order, for the page's list. */
    public static final List<Source> SOURCES = List.of(REFERENCE, REFERENCE_HEAVY_DAY, REFERENCE_PHQ9, SEED_KARE,
            SEED_TWO_TRIALS, SEED_REVIEW);

    /** One figure of a trial; {@code value} null means the documents report no number for it. */
    @TemplateData
    public record Figure(String what, String value, Source source) {

        public boolean reported() {
            return value != null;
        }
    }

    /** What the trial compared: an arm and what it was compared with. */
    @TemplateData
    public record Arm(String name, String detail, Source source) {
    }

    /**
     * A trial (or program reference) behind a protocol template.
     *
     * @param finding what the documents say of the result, in their words without a number; null if nothing
     */
    @TemplateData
    public record Trial(String templateCode, String citation, List<Source> citationSources, List<Arm> arms,
            List<Figure> design, List<Figure> results, String finding, Source findingSource) {
    }

    static final List<Trial> ALL = List.of(
            new Trial("KARE",
                    "Grabski 2022, KARE trial (NCT02649231): “Adjunctive Ketamine With Relapse Prevention–Based "
                            + "Psychological Therapy in the Treatment of Alcohol Use Disorder”",
                    List.of(REFERENCE, SEED_KARE),
                    List.of(new Arm("Ketamine", "0.8 mg/kg IV over 40 min, 3 infusions, weekly", REFERENCE),
                            new Arm("Placebo", "the comparison arm: “ketamine compared with placebo”", SEED_KARE),
                            new Arm("Relapse prevention therapy", "mindfulness-based relapse prevention (MBRP-style), "
                                    + "against alcohol education as the therapy control", REFERENCE)),
                    List.of(new Figure("Substance", "alcohol", REFERENCE),
                            new Figure("Ketamine dose", "0.8 mg/kg IV over 40 min", REFERENCE),
                            new Figure("Infusions", "3, weekly; patient abstinent ≥ 24 h", REFERENCE)),
                    List.of(new Figure("Percent days abstinent at 6 months, ketamine minus placebo", null, REFERENCE),
                            new Figure("Confirmed relapse, ketamine against placebo", null, REFERENCE)),
                    null, null),
            new Trial("DAKWAR_2019",
                    "Dakwar 2019, ketamine with mindfulness-based relapse prevention for cocaine use disorder",
                    List.of(REFERENCE),
                    List.of(new Arm("Ketamine with therapy", "0.5 mg/kg IV over 40 min, 1 infusion on day 2 of a 5-day stay, "
                            + "with MBRP for 5 weeks (daily while in-house, then twice weekly)", REFERENCE),
                            new Arm("Therapy without ketamine", "the comparison: “those who had therapy without ketamine "
                                    + "treatment”", SEED_TWO_TRIALS)),
                    List.of(new Figure("Substance", "cocaine", REFERENCE),
                            new Figure("Ketamine dose", "0.5 mg/kg IV over 40 min", REFERENCE),
                            new Figure("Infusions", "1, on day 2 of a 5-day stay", REFERENCE),
                            new Figure("Therapy", "MBRP for 5 weeks", REFERENCE)),
                    List.of(new Figure("Abstinence in the last 2 weeks", null, REFERENCE),
                            new Figure("Time to relapse (first use or dropout)", null, REFERENCE)),
                    "ketamine lowered the chances of restarting or relapsing into addiction",
                    SEED_TWO_TRIALS),
            new Trial("DAKWAR_2020",
                    "Dakwar 2020, ketamine with motivational enhancement therapy for alcohol use disorder",
                    List.of(REFERENCE),
                    List.of(new Arm("Ketamine with therapy", "0.71 mg/kg IV over 52 min (0.11 mg/kg bolus over 2 min + 0.6 mg/kg "
                            + "over 50 min), 1 infusion in week 2 of 5, with weekly MET", REFERENCE),
                            new Arm("Therapy without ketamine", "the comparison: “those who had therapy without ketamine "
                                    + "treatment”", SEED_TWO_TRIALS)),
                    List.of(new Figure("Substance", "alcohol", REFERENCE),
                            new Figure("Ketamine dose", "0.71 mg/kg IV over 52 min", REFERENCE),
                            new Figure("Infusions", "1, in week 2 of 5, on a quit day ≥ 24 h after the last drink", REFERENCE),
                            new Figure("Heavy drinking day", "more than 4 drinks (men), more than 3 (women)", REFERENCE_HEAVY_DAY)),
                    List.of(new Figure("Abstinence (TLFB + urine EtG) over the 21 days after the infusion", null, REFERENCE),
                            new Figure("Heavy drinking days", null, REFERENCE)),
                    "ketamine lowered the chances of restarting or relapsing into addiction",
                    SEED_TWO_TRIALS),
            new Trial("KRUPITSKY_2007",
                    "Krupitsky 2007, ketamine psychotherapy for heroin dependence",
                    List.of(REFERENCE),
                    List.of(new Arm("Three sessions", "2.0 mg/kg IM, 3 sessions, monthly, with addiction counselling between "
                            + "sessions", REFERENCE),
                            new Arm("One session", "the comparison: 1 session", REFERENCE)),
                    List.of(new Figure("Substance", "heroin", REFERENCE),
                            new Figure("Ketamine dose", "2.0 mg/kg IM", REFERENCE),
                            new Figure("Sessions", "3, monthly (against 1)", REFERENCE)),
                    List.of(new Figure("Abstinence at 1 year, three sessions against one", null, REFERENCE)),
                    "ketamine has been shown to effectively prolong abstinence from alcohol and heroin",
                    SEED_REVIEW),
            new Trial("DEPRESSION_BASELINE",
                    "No trial: the program's depression reference course",
                    List.of(REFERENCE),
                    List.of(new Arm("Ketamine course", "0.5 mg/kg IV over 40 min, a course of several infusions", REFERENCE)),
                    List.of(new Figure("Ketamine dose", "0.5 mg/kg IV over 40 min", REFERENCE),
                            new Figure("PHQ-9 response", "≥ 50 % drop from baseline", REFERENCE_PHQ9),
                            new Figure("PHQ-9 remission", "total < 5", REFERENCE_PHQ9)),
                    List.of(new Figure("PHQ-9 / MADRS change", null, REFERENCE)),
                    null, null));

    private static final Map<String, Trial> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Trial::templateCode, Function.identity()));

    private PublishedTrials() {
    }

    /** The trial behind a template code, or null for a template the documents do not describe. */
    public static Trial of(String templateCode) {
        return BY_CODE.get(templateCode);
    }
}
