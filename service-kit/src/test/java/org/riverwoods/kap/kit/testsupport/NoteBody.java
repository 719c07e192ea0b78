package org.riverwoods.kap.kit.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A note's JSON built field by field, so that a test can spoil exactly one field of a valid body
 * (give it a wrong value, leave it out, give it twice).
 */
public final class NoteBody {

    private final List<String[]> fields = new ArrayList<>();

    private NoteBody() {
    }

    public static NoteBody valid(UUID patientId) {
        return new NoteBody()
                .add("patientId", "\"" + patientId + "\"")
                .add("text", "\"Slept well; cravings 3/10\"")
                .add("day", "\"2026-11-25\"")
                .add("count", "3")
                .add("urgent", "false")
                .add("tags", "[\"sleep\",\"cravings\"]");
    }

    /** Replaces the field's value with {@code rawJson}, written into the body as it is. */
    public NoteBody set(String field, String rawJson) {
        fields.removeIf(f -> f[0].equals(field));
        return add(field, rawJson);
    }

    /** Adds the field, even if the body has it already. */
    public NoteBody add(String field, String rawJson) {
        fields.add(new String[] { field, rawJson });
        return this;
    }

    public NoteBody without(String field) {
        fields.removeIf(f -> f[0].equals(field));
        return this;
    }

    public String json() {
        StringBuilder json = new StringBuilder("{");
        for (String[] field : fields) {
            json.append(json.length() > 1 ? "," : "").append('"').append(field[0]).append("\":").append(field[1]);
        }
        return json.append('}').toString();
    }
}
