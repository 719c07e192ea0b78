package org.riverwoods.kap.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed but not what its field must hold (a control character in a
 * text, a year no record can have). Jackson adds the field's path; the answer says what the field
 * must be, never what was sent.
 */
public class FieldExpectation extends MismatchedInputException {

    private final String expectation;

    public FieldExpectation(JsonParser parser, Class<?> type, String expectation) {
        super(parser, "value does not meet its field's expectation", type);
        this.expectation = expectation;
    }

    /** What the field must be, e.g. "a date from 1900-01-01 to 2199-12-31". */
    public String expectation() {
        return expectation;
    }
}
