package org.riverwoods.kap.kit.input;

/**
 * Text a clinical record may hold: no NUL or other control characters (PostgreSQL refuses NUL, and
 * the others hide text on screen or forge log lines), tab and line breaks excepted; no unpaired
 * surrogate halves.
 */
public final class CleanText {

    private CleanText() {
    }

    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
