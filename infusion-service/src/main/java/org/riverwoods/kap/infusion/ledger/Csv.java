package org.riverwoods.kap.infusion.ledger;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** RFC 4180 lines; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
final class Csv {

    private Csv() {
    }

    static String line(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
