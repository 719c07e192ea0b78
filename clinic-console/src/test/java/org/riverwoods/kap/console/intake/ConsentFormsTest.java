package org.riverwoods.kap.console.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsentFormsTest {

    @Test
    void onlyTheRefusedConsentShowsWhatWasTypedAndWhy() {
        List<ConsentForms.Form> forms = ConsentForms.of("PART2_DEIDENTIFIED_DISCLOSURE",
                Map.of("documentVersion", "P2-1", "signedAt", "2026-12-04T13:00"), Map.of("signedBy", "must not be blank"),
                "2026-12-04T14:00", List.of());
        ConsentForms.Form treatment = forms.get(0);
        ConsentForms.Form part2 = forms.get(1);
        assertFalse(treatment.refused());
        assertEquals("2026-12-04T14:00", value(treatment, "signedAt"), "a fresh form is signed now");
        assertEquals("", value(treatment, "documentVersion"));
        assertNull(error(treatment, "signedBy"));
        assertTrue(part2.refused() && part2.part2());
        assertEquals("P2-1", value(part2, "documentVersion"));
        assertEquals("2026-12-04T13:00", value(part2, "signedAt"));
        assertEquals("must not be blank", error(part2, "signedBy"));
    }

    @Test
    void aKindWithAnActiveConsentIsOnFile() {
        List<ConsentForms.Form> forms = ConsentForms.of(null, Map.of(), Map.of(), "2026-12-04T14:00", List.of(
                Map.of("kind", "TREATMENT", "status", "ACTIVE"),
                Map.of("kind", "PART2_DEIDENTIFIED_DISCLOSURE", "status", "REVOKED")));
        assertTrue(forms.get(0).onFile());
        assertFalse(forms.get(1).onFile(), "a revoked consent is not on file");
    }

    private static String value(ConsentForms.Form form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    private static String error(ConsentForms.Form form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().error();
    }
}
