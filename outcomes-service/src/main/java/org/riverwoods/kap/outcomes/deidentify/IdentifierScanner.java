package org.riverwoods.kap.outcomes.deidentify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never appear on an analytics topic in a JSON message: dates, date-times, email
 * addresses, phone-like numbers, UUIDs (platform ids identify a patient to anyone holding the
 * clinical data), patients' names, and keys that name an identifier. Tests run it on every
 * analytics message; an empty list means none was found.
 *
 * <p>Each hit is described by kind and JSON path, never by the text found: the description ends
 * up in build logs. It errs on the side of a hit (e.g. any key ending in "Name", any 7-digit
 * number): renaming a key or coarsening a value is cheap, a leak is not.
 */
public final class IdentifierScanner {

    private record Detector(String kind, Pattern pattern) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

    // In this order: each match is blanked before the next detector runs, so a UUID or a date is not
    // also reported as a phone number.
    private static final List<Detector> VALUE_DETECTORS = List.of(
            new Detector("UUID", Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")),
            new Detector("email address", Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+")),
            new Detector("ISO date-time", Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?")),
            new Detector("ISO date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
            // 7+ digits with optional separators: phone numbers, MRNs, compact dates, epoch times.
            // Not inside a word, so random hex such as a pseudonym's is not a phone number.
            new Detector("phone-like number", Pattern.compile(
                    NOT_WORD_BEFORE + "\\+?\\(?\\d(?:[ .\\-()]{0,2}\\d){6,}" + NOT_WORD_AFTER)));

    /** Key words that name an identifier wherever they appear in a key (phoneType, emailVerified, birthYear). */
    private static final Set<String> IDENTIFYING_WORDS = Set.of("email", "phone", "telephone", "mobile", "mrn",
            "ssn", "dob", "birth", "uuid", "guid", "zip", "postcode");

    /** Key words that name an identifier as the last word of a key (patientId, patient_id, firstName, homeAddress). */
    private static final Set<String> IDENTIFYING_LAST_WORDS = Set.of("id", "name", "address");

    /** Keys whose words are harmless one by one. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("postalcode", "medicalrecordnumber");

    /** Between the words of camelCase, snake_case, kebab-case and spaced keys, and around numbers (homeAddress2). */
    private static final Pattern KEY_WORD_BREAK = Pattern.compile(
            "[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private IdentifierScanner() {
    }

    public static List<String> findIdentifiers(String json) {
        return findIdentifiers(json, List.of());
    }

    /**
     * @param patientNames names of the patients whose data went into the message (or of every test
     *                     patient); each name and each of its words of two letters or more is sought
     *                     as a whole word, ignoring case
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static List<String> findIdentifiers(String json, Collection<String> patientNames) {
        Objects.requireNonNull(json, "json");
        List<Detector> detectors = new ArrayList<>(VALUE_DETECTORS);
        detectors.addAll(nameDetectors(patientNames));
        List<String> hits = new ArrayList<>();
        JsonWalker.walk(json, new JsonWalker.Visitor() {
            @Override
            public String key(String objectPath, String key) {
                List<String> kinds = kindsIn(key, detectors);
                String label = kinds.isEmpty() ? key : "*";
                String path = objectPath + "." + label;
                kinds.forEach(kind -> hits.add(kind + " in a key at " + path));
                if (namesAnIdentifier(key)) {
                    hits.add("identifier key at " + path);
                }
                return label;
            }

            @Override
            public void string(String path, String value) {
                kindsIn(value, detectors).forEach(kind -> hits.add(kind + " at " + path));
            }

            @Override
            public void number(String path, String literal) {
                kindsIn(literal, detectors).forEach(kind -> hits.add(kind + " at " + path));
            }
        });
        return hits;
    }

    private static List<Detector> nameDetectors(Collection<String> patientNames) {
        Objects.requireNonNull(patientNames, "patientNames");
        List<String> sought = new ArrayList<>();
        for (String name : patientNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            sought.add(name.trim());
            for (String word : name.trim().split("[\\s,]+")) {
                if (word.length() >= 2) {
                    sought.add(word);
                }
            }
        }
        return sought.stream().distinct()
                .map(name -> new Detector("patient name", Pattern.compile(
                        NOT_WORD_BEFORE + Pattern.quote(name) + NOT_WORD_AFTER,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    private static List<String> kindsIn(String text, List<Detector> detectors) {
        List<String> kinds = new ArrayList<>();
        StringBuilder unread = new StringBuilder(text);
        for (Detector detector : detectors) {
            Matcher matcher = detector.pattern.matcher(unread);
            List<int[]> found = new ArrayList<>();
            while (matcher.find()) {
                kinds.add(detector.kind);
                found.add(new int[] {matcher.start(), matcher.end()});
            }
            // Blanked with a character no detector matches and no word contains.
            for (int[] span : found) {
                for (int i = span[0]; i < span[1]; i++) {
                    unread.setCharAt(i, '\u0000');
                }
            }
        }
        return kinds;
    }

    private static boolean namesAnIdentifier(String key) {
        List<String> words = KEY_WORD_BREAK.splitAsStream(key).filter(word -> !word.isEmpty() && !word.chars().allMatch(Character::isDigit))
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return false;
        }
        return words.stream().anyMatch(IDENTIFYING_WORDS::contains)
                || IDENTIFYING_LAST_WORDS.contains(words.get(words.size() - 1))
                || IDENTIFYING_KEYS.contains(String.join("", words));
    }
}
