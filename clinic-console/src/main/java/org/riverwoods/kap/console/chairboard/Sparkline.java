package org.riverwoods.kap.console.chairboard;

import java.util.List;
import java.util.Objects;

/**
 * A short trend line of one vital sign as inline SVG, drawn on the server so the tile needs no
 * script. Readings not taken (null) are left out; the last reading is marked with a dot.
 */
public final class Sparkline {

    static final int WIDTH = 96;
    static final int HEIGHT = 24;
    private static final int PAD = 3;

    private Sparkline() {
    }

    /** The SVG element, or an empty string when nothing was measured. */
    public static String svg(String label, List<Integer> readings) {
        List<Integer> values = readings.stream().filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return "";
        }
        int min = values.stream().mapToInt(Integer::intValue).min().getAsInt();
        int max = values.stream().mapToInt(Integer::intValue).max().getAsInt();
        StringBuilder points = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            lastX = values.size() == 1 ? WIDTH - PAD : PAD + (double) i * (WIDTH - 2 * PAD) / (values.size() - 1);
            lastY = max == min ? HEIGHT / 2.0 : PAD + (double) (max - values.get(i)) * (HEIGHT - 2 * PAD) / (max - min);
            points.append(i == 0 ? "" : " ").append(round(lastX)).append(',').append(round(lastY));
        }
        String trend = String.join(", ", values.stream().map(String::valueOf).toList());
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"sparkline\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append(" trend: ").append(trend).append("\">");
        if (values.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"")
                    .append(points).append("\"/>");
        }
        svg.append("<circle r=\"2.5\" fill=\"currentColor\" cx=\"").append(round(lastX)).append("\" cy=\"")
                .append(round(lastY)).append("\"/></svg>");
        return svg.toString();
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
