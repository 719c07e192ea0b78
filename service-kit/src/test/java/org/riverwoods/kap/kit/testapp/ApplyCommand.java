package org.riverwoods.kap.kit.testapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Payload of kit-test.commands: something to do that needs a fact learnt from kit-test.facts.
 * Read tolerantly, as every consumer reads its contracts: fields added later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplyCommand(String commandId, String factKey) {

    public static final String TYPE = "ApplyCommand";
    public static final String TOPIC = "kit-test.commands";
}
