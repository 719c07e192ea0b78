package org.riverwoods.kap.console.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PublishedTrialsTest {

    /** treatment-service's seeded protocol template codes (V2__protocol_templates.sql). */
    private static final List<String> TEMPLATE_CODES = List.of("KARE", "DAKWAR_2019", "DAKWAR_2020", "KRUPITSKY_2007",
            "DEPRESSION_BASELINE");

    @Test
    void everyProtocolTemplateHasItsTrialOrReference() {
        TEMPLATE_CODES.forEach(code -> assertNotNull(PublishedTrials.of(code), code));
        assertNull(PublishedTrials.of("SOMETHING_ELSE"));
    }

    @Test
    void everyFigureAndArmNamesAListedSource() {
        for (PublishedTrials.Trial trial : PublishedTrials.ALL) {
            assertFalse(trial.citationSources().isEmpty(), trial.templateCode());
            List<PublishedTrials.Source> cited = new ArrayList<>(trial.citationSources());
            trial.arms().forEach(a -> cited.add(a.source()));
            Stream.concat(trial.design().stream(), trial.results().stream()).forEach(f -> cited.add(f.source()));
            if (trial.finding() != null) {
                cited.add(trial.findingSource());
            }
            cited.forEach(s -> assertTrue(PublishedTrials.SOURCES.contains(s), trial.templateCode() + " cites " + s));
        }
        List<Integer> numbers = PublishedTrials.SOURCES.stream().map(PublishedTrials.Source::number).toList();
        assertEquals(numbers.stream().distinct().toList(), numbers, "each source has its own number");
    }

    @Test
    void theKareDifferenceIsNotInTheDocumentsSoItIsNotReported() {
        PublishedTrials.Trial kare = PublishedTrials.of("KARE");
        assertTrue(kare.citation().contains("NCT02649231"), kare.citation());
        PublishedTrials.Figure difference = kare.results().stream()
                .filter(f -> f.what().startsWith("Percent days abstinent at 6 months")).findFirst().orElseThrow();
        assertFalse(difference.reported());
        assertNull(difference.value());
        assertTrue(kare.arms().stream().anyMatch(a -> a.name().equals("Placebo")));
    }

    @Test
    void noTrialResultCarriesANumber() {
        // the reference documents give no result figures; a number here would have come from elsewhere
        PublishedTrials.ALL.forEach(t -> t.results().forEach(f -> assertFalse(f.reported(), t.templateCode() + ": " + f)));
    }
}
