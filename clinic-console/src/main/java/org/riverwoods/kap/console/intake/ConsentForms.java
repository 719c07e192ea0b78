package org.riverwoods.kap.console.intake;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * The two consent forms of the intake page (treatment, and the 42 CFR Part 2 disclosure), each
 * with its fields' values and the service's words for the one that was refused.
 */
public final class ConsentForms {

    @TemplateData
    public record Field(String name, String label, String type, String value, String error) {
    }

    @TemplateData
    public record Form(String kind, String prefix, String heading, List<Field> fields, boolean refused,
            Map<String, String> typed, Map<String, String> errors, boolean onFile) {

        public boolean part2() {
            return "PART2_DEIDENTIFIED_DISCLOSURE".equals(kind);
        }
    }

    private ConsentForms() {
    }

    /**
     * Both forms; {@code failedKind} (or null) is the one refused, shown with what was typed. A kind
     * with an active consent on file ({@code consents} as the service lists them) is marked, so the
     * page folds its form away.
     */
    public static List<Form> of(String failedKind, Map<String, String> typed, Map<String, String> errors, String now,
            List<Map<String, Object>> consents) {
        return List.of(form("TREATMENT", "tx", "Treatment consent", failedKind, typed, errors, now, consents),
                form("PART2_DEIDENTIFIED_DISCLOSURE", "p2", "42 CFR Part 2 disclosure consent (de-identified data)",
                        failedKind, typed, errors, now, consents));
    }

    private static Form form(String kind, String prefix, String heading, String failedKind, Map<String, String> typed,
            Map<String, String> errors, String now, List<Map<String, Object>> consents) {
        boolean onFile = consents.stream().anyMatch(c -> kind.equals(c.get("kind")) && "ACTIVE".equals(c.get("status")));
        boolean refused = kind.equals(failedKind);
        Map<String, String> values = refused ? typed : Map.of("signedAt", now);
        Map<String, String> messages = refused ? errors : Map.of();
        List<Field> fields = List.of(
                field("documentVersion", "Version of the document signed", "text", values, messages),
                field("signedAt", "Signed at (UTC)", "datetime-local", values, messages),
                field("signedBy", "Signed by (the patient, or their representative by name)", "text", values, messages),
                field("witnessedBy", "Witnessed by (staff member)", "text", values, messages),
                field("expiresOn", "Valid until (empty: until revoked)", "date", values, messages));
        return new Form(kind, prefix, heading, fields, refused, values, messages, onFile);
    }

    private static Field field(String name, String label, String type, Map<String, String> values,
            Map<String, String> errors) {
        return new Field(name, label, type, values.getOrDefault(name, ""), errors.get(name));
    }
}
