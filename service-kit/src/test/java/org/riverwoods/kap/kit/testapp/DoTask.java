package org.riverwoods.kap.kit.testapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of kit-test.tasks: something to do once; {@link Tasks} can be told to fail on it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DoTask(String taskId) {

    public static final String TYPE = "DoTask";
    public static final String TOPIC = "kit-test.tasks";
}
