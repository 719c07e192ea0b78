package org.riverwoods.kap.console.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.riverwoods.kap.console.services.ServiceProblem;

/**
 * Reads a page's form for a service's request body. Only what cannot even be sent (a weight that is
 * not a number, a date that is not a date) is refused here, by field; every clinical rule stays in
 * the service. A blank field is sent as absent, so that the service names it.
 */
public final class FormReader {

    /** The body to send (null for a step without one) or, when the form could not be read, why by field. */
    public record Body(Map<String, Object> json, Map<String, String> fieldErrors) {

        public boolean readable() {
            return fieldErrors.isEmpty();
        }

        /** The fields that could not be read, as a page shows a service's refusal. */
        public ServiceProblem problem() {
            return new ServiceProblem(400, "Some fields could not be read", "", fieldErrors);
        }
    }

    private final Function<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** {@code form} answers a field's value (null or blank when not sent). */
    public FormReader(Function<String, String> form) {
        this.form = form;
    }

    public Body body(Map<String, Object> json) {
        return new Body(json, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors)));
    }

    public String text(String name) {
        String value = form.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A checkbox: sent means ticked. */
    public boolean checked(String name) {
        return text(name) != null;
    }

    /** A yes/no select; null when not answered (never taken as "no"). */
    public Boolean yesNo(String name) {
        String value = text(name);
        return value == null ? null : Boolean.valueOf("yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value));
    }

    public BigDecimal decimal(String name) {
        String value = text(name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.put(name, "is not a number");
            return null;
        }
    }

    public Integer whole(String name) {
        return whole(name, name);
    }

    /** A whole number; its error goes under {@code errorField} (the service's name for the field). */
    public Integer whole(String name, String errorField) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(errorField, "is not a whole number");
            return null;
        }
    }

    public String date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            errors.put(name, "is not a date (yyyy-MM-dd)");
            return null;
        }
    }

    /** An instant, or a datetime-local input read as UTC (the forms say so). */
    public String instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException e) {
                errors.put(name, "is not a date and time (yyyy-MM-ddTHH:mm, UTC)");
                return null;
            }
        }
    }
}
