package org.riverwoods.kap.console.me;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the patient's questionnaire form (PHQ-9 or the 0-100 craving scale) into the service's request. */
final class QuestionnaireForm {

    static final List<String> PHQ9_ITEMS = List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead, or of hurting yourself in some way");

    static final List<String> PHQ9_CHOICES = List.of("Not at all", "Several days", "More than half the days",
            "Nearly every day");

    private QuestionnaireForm() {
    }

    /** The request body, or why the form could not be read. */
    record Body(Map<String, Object> json, String unreadable) {
    }

    static Body read(Function<String, String> form) {
        String kind = form.apply("questionnaire");
        List<Integer> answers = new ArrayList<>();
        if ("PHQ_9".equals(kind)) {
            for (int i = 1; i <= PHQ9_ITEMS.size(); i++) {
                Integer answer = number(form.apply("phq9-" + i));
                if (answer == null) {
                    return new Body(null, "Answer question " + i + ".");
                }
                answers.add(answer);
            }
        } else if ("CRAVING_VAS".equals(kind)) {
            Integer craving = number(form.apply("craving"));
            if (craving == null) {
                return new Body(null, "Write your craving as a whole number from 0 to 100.");
            }
            answers.add(craving);
        } else {
            return new Body(null, "Choose a questionnaire.");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("questionnaire", kind);
        json.put("answers", answers);
        return new Body(json, null);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }
}
