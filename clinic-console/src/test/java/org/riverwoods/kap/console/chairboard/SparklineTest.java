package org.riverwoods.kap.console.chairboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void risingReadingsDrawALineThatEndsHighWithTheValuesInWords() {
        String svg = Sparkline.svg("Systolic", List.of(120, 150, 185));
        assertTrue(svg.startsWith("<svg class=\"sparkline\""), svg);
        assertTrue(svg.contains("aria-label=\"Systolic trend: 120, 150, 185\""), svg);
        // highest value at the top (y = padding), lowest at the bottom (y = height - padding)
        assertTrue(svg.contains("points=\"3.0,21.0 48.0,12.7 93.0,3.0\""), svg);
        assertTrue(svg.contains("<circle r=\"2.5\" fill=\"currentColor\" cx=\"93.0\" cy=\"3.0\"/>"), svg);
    }

    @Test
    void readingsNotTakenAreLeftOutAndOneReadingIsADot() {
        String svg = Sparkline.svg("SpO2", Arrays.asList(null, 97, null));
        assertFalse(svg.contains("polyline"), svg);
        assertTrue(svg.contains("SpO2 trend: 97"), svg);
        assertTrue(svg.contains("cy=\"12.0\""), "a flat line sits in the middle: " + svg);
    }

    @Test
    void nothingMeasuredDrawsNothing() {
        assertEquals("", Sparkline.svg("MOAA/S", Arrays.asList(null, null)));
    }

    @Test
    void aLabelCannotBreakOutOfTheAttribute() {
        assertTrue(Sparkline.svg("a\"<b", List.of(1, 2)).contains("aria-label=\"a&quot;&lt;b trend: 1, 2\""));
    }
}
