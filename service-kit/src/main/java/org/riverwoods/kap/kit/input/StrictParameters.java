package org.riverwoods.kap.kit.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.riverwoods.kap.kit.problem.ProblemException;

/**
 * Path, query and header parameters read as strictly as JSON bodies: a UUID only in its canonical
 * 8-4-4-4-12 form, a boolean only {@code true} or {@code false}, a whole number only as digits, a
 * date only as YYYY-MM-DD within {@link PlausibleDates}, an enum only by one of its names, text
 * only without control characters. A malformed parameter answers 400 naming it, never a 404 that
 * would send a client looking for a missing record, nor a 500 from a NUL the database refuses.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern CANONICAL_UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", UUID.class, text -> {
                if (!CANONICAL_UUID.matcher(text).matches()) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(text);
            });
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", Boolean.class, text -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer.class, text -> {
                if (!WHOLE_NUMBER.matcher(text).matches()) {
                    throw new IllegalArgumentException();
                }
                return Integer.valueOf(text);
            });
        }
        if (rawType == LocalDate.class) {
            PlausibleDates dates = PlausibleDates.fromConfig();
            return (ParamConverter<T>) converter(name, "a date as YYYY-MM-DD " + dates.range(), LocalDate.class,
                    text -> {
                        LocalDate date = LocalDate.parse(text);
                        if (!dates.contains(date)) {
                            throw new IllegalArgumentException();
                        }
                        return date;
                    });
        }
        if (rawType == Instant.class) {
            PlausibleDates dates = PlausibleDates.fromConfig();
            return (ParamConverter<T>) converter(name, "a UTC timestamp as ISO-8601 " + dates.range(), Instant.class,
                    text -> {
                        Instant instant = Instant.parse(text);
                        if (!dates.contains(instant)) {
                            throw new IllegalArgumentException();
                        }
                        return instant;
                    });
        }
        if (rawType == String.class) {
            // A NUL would reach the database as an error; other control characters are never meant.
            return (ParamConverter<T>) converter(name, "text without control characters", String.class, text -> {
                if (!CleanText.isClean(text)) {
                    throw new IllegalArgumentException();
                }
                return text;
            });
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, rawType.asSubclass(Enum.class));
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return converter(name, "one of " + allowed, type, text -> Enum.valueOf(type, text));
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Class<T> type,
            Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null) {
                    return null;
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    // A WebApplicationException passes through the REST layer as it is; its cause is the answer.
                    throw new BadRequestException(ProblemException.invalidField(name, "must be " + expected));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam p) {
                    return p.value();
                }
                if (annotation instanceof QueryParam q) {
                    return q.value();
                }
                if (annotation instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }
}
