package org.riverwoods.kap.kit.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import jakarta.inject.Singleton;

import org.riverwoods.kap.kit.problem.FieldExpectation;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Wrong data is refused, never coerced. Every JSON body of every service is read this way:
 * <ul>
 * <li>a key given twice is refused (which value would a clinician have meant?);</li>
 * <li>a decimal is refused for a whole number (no silent truncation of 1.5 to 1), a string for a
 * number or boolean, a number for a text;</li>
 * <li>dates and times only as ISO-8601 strings, within {@link PlausibleDates};</li>
 * <li>text without control characters ({@link CleanText});</li>
 * <li>no null inside a list or map.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.setDefaultLeniency(false);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        PlausibleDates dates = PlausibleDates.fromConfig();
        mapper.registerModule(new SimpleModule("kap-strict-input").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new TextOnly(deserializer);
                }
                if (isDateOrTime(type)) {
                    return new IsoDateOnly(deserializer, type, dates);
                }
                return deserializer;
            }
        }));
    }

    private static boolean isDateOrTime(Class<?> type) {
        return type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                || type == LocalDateTime.class || type == ZonedDateTime.class;
    }

    /** A text field takes a JSON string without control characters, nothing else. */
    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new FieldExpectation(parser, String.class, "a string");
            }
            String text = parser.getText();
            if (!CleanText.isClean(text)) {
                throw new FieldExpectation(parser, String.class, "text without control characters");
            }
            return text;
        }
    }

    /** A date or time field takes an ISO-8601 string of a plausible date; a number is refused. */
    static final class IsoDateOnly extends DelegatingDeserializer {

        private final Class<?> type;
        private final PlausibleDates dates;

        IsoDateOnly(JsonDeserializer<?> delegate, Class<?> type, PlausibleDates dates) {
            super(delegate);
            this.type = type;
            this.dates = dates;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new IsoDateOnly(delegate, type, dates);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String shape = type == LocalDate.class ? "a date as YYYY-MM-DD" : "a UTC timestamp as ISO-8601";
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new FieldExpectation(parser, type, shape);
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof Temporal temporal && !plausible(temporal)) {
                throw new FieldExpectation(parser, type, shape + " " + dates.range());
            }
            return value;
        }

        private boolean plausible(Temporal value) {
            if (value instanceof LocalDate date) {
                return dates.contains(date);
            }
            if (value instanceof Instant instant) {
                return dates.contains(instant);
            }
            if (value instanceof OffsetDateTime time) {
                return dates.contains(time.toInstant());
            }
            if (value instanceof ZonedDateTime time) {
                return dates.contains(time.toInstant());
            }
            return !(value instanceof LocalDateTime time) || dates.contains(time.toLocalDate());
        }
    }
}
