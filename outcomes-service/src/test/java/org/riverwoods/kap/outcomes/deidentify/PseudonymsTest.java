package org.riverwoods.kap.outcomes.deidentify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void pOneTwentyEightRandomBitsInHex() {
        assertTrue(Pseudonyms.newPseudonym().matches("p_[0-9a-f]{32}"));
    }

    @Test
    void tenThousandDrawsAreAllDifferent() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(Pseudonyms.newPseudonym());
        }
        assertEquals(10_000, drawn.size());
    }

    /** Nothing goes in, so nothing about the patient can come out. */
    @Test
    void aPseudonymIsDrawnFromNothing() {
        List<Method> published = Arrays.stream(Pseudonyms.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).toList();

        assertEquals(1, published.size());
        assertEquals(0, published.get(0).getParameterCount());
    }

    @Test
    void pseudonymsPassTheIdentifierScanner() {
        for (int i = 0; i < 10_000; i++) {
            String message = "{\"pseudonym\":\"" + Pseudonyms.newPseudonym() + "\"}";
            assertEquals(List.of(), IdentifierScanner.findIdentifiers(message), message);
        }
    }
}
