package org.riverwoods.kap.kit.testapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Payload of kit-test.facts: another service made a fact known.
 * Read tolerantly, as every consumer reads its contracts: fields added later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactLearned(String factKey) {

    public static final String TYPE = "FactLearned";
    public static final String TOPIC = "kit-test.facts";
}
