package org.riverwoods.kap.platform.bench;

import java.util.List;
import java.util.Locale;

/** A plain SVG bar chart of p50 and p99 per platform figure (log scale), readable on GitHub. */
final class Plot {

    private Plot() {
    }

    static String latencies(List<Measured> rows) {
        int rowHeight = 28;
        int width = 900;
        int labelWidth = 420;
        int height = 40 + rows.size() * rowHeight;
        double maxMs = rows.stream().mapToDouble(Measured::p99Ms).max().orElse(1);
        double scale = (width - labelWidth - 20) / Math.log10(Math.max(10, maxMs * 10));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width, height));
        svg.append("<text x=\"10\" y=\"18\" font-weight=\"bold\">Latency per figure, ms (log scale): p50 dark, p99 light</text>\n");
        for (int i = 0; i < rows.size(); i++) {
            Measured m = rows.get(i);
            int y = 30 + i * rowHeight;
            double p99 = Math.max(0, Math.log10(Math.max(0.1, m.p99Ms()) * 10) * scale);
            double p50 = Math.max(0, Math.log10(Math.max(0.1, m.p50Ms()) * 10) * scale);
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 15, escape(m.name())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#9ecae1\"/>%n",
                    labelWidth, y + 2, p99));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"#3182bd\"/>%n",
                    labelWidth, y + 2, p50));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.1f / %.1f</text>%n", labelWidth + p99 + 4, y + 15,
                    m.p50Ms(), m.p99Ms()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
