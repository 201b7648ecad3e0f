package com.offerbook.transfer;

import com.offerbook.base.InvalidInputException;
import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.Amounts;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The data file's JSON, read with every dimension bounded (issue 19): numbers of at most {@link Amounts#MAX_LENGTH}
 * characters, each amount read by {@link Amounts} (a {@code 1E-999999999} never becomes a BigDecimal that anything
 * writes out), texts of at most {@link Limits#MESSAGE_TEXT_MAX} characters, shallow nesting and a bounded document.
 * A file that breaks a bound is refused with a message naming the entry (its path in the file) and its line.
 */
final class UserDataJson {

    /** The data file is at most a few levels deep (file → plans → settings → lists). */
    static final int MAX_DEPTH = 16;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(Amounts.MAX_LENGTH)
                            .maxStringLength(Limits.MESSAGE_TEXT_MAX)
                            .maxNameLength(100)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(Limits.JSON_UPLOAD_MAX_BYTES)
                            .build())
                    .errorReportConfiguration(ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(Texts.EXCERPT_MAX)
                            .maxRawContentLength(0)
                            .build())
                    .build())
            .addModule(new SimpleModule("bounded-amounts").addDeserializer(BigDecimal.class, new BoundedAmount()))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private UserDataJson() {}

    static void write(OutputStream out, UserData data) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, data);
    }

    /** Reads a data file; anything else, or a file that breaks a bound, is refused with a message. */
    static UserData read(InputStream in) {
        try {
            var data = JSON.readValue(in, UserData.class);
            if (data == null) {
                throw new InvalidInputException(Map.of("file", "This is not an Offerbook data file: it is empty"));
            }
            if (data.format() != UserData.FORMAT) {
                throw new InvalidInputException(Map.of(
                        "file",
                        "This file has format " + data.format() + "; Offerbook reads format " + UserData.FORMAT));
            }
            return data;
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /** Our own words for what Jackson found, with the entry and line; never Jackson's message with class names. */
    private static InvalidInputException refusal(JacksonException e) {
        var entry = path(e.getPath());
        var line = e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
        String reason;
        if (e instanceof AmountRefused refused) {
            reason = refused.reason.message();
        } else if (e instanceof StreamConstraintsException) {
            reason =
                    "Too long: Offerbook reads numbers of at most %d characters, texts of at most %,d and nesting %d deep"
                            .formatted(Amounts.MAX_LENGTH, Limits.MESSAGE_TEXT_MAX, MAX_DEPTH);
        } else if (e instanceof StreamReadException) {
            reason = "This is not an Offerbook data file: the JSON is malformed";
        } else if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            reason = "Write one of "
                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class) {
            reason = "Write a date as YYYY-MM-DD";
        } else if (e instanceof MismatchedInputException) {
            reason = "This value is missing or of the wrong kind here";
        } else {
            reason = "This is not an Offerbook data file";
        }
        var key = entry.isEmpty() ? "file" : entry;
        return new InvalidInputException(Map.of(key, (entry.isEmpty() ? "" : entry + line + ": ") + reason));
    }

    /** "offers[0].revisions[1].baseSalary", the way the file nests it. */
    static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(Texts.excerpt(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Every BigDecimal in the file, as a JSON number or a string, goes through {@link Amounts}. */
    private static final class BoundedAmount extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) {
            var token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT
                    && token != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, BigDecimal.class, "An amount is expected here");
            }
            // The number's text as written (at most maxNumberLength characters), never its value.
            return switch (Amounts.parse(p.getString().strip())) {
                case Amounts.Result.Amount(var value) -> value;
                case Amounts.Result.Refused(var reason) -> throw new AmountRefused(p, reason);
            };
        }
    }

    /** An amount {@link Amounts} refused, and why. */
    private static final class AmountRefused extends MismatchedInputException {

        private final Amounts.Refusal reason;

        AmountRefused(JsonParser p, Amounts.Refusal reason) {
            super(p, reason.message(), BigDecimal.class);
            this.reason = reason;
        }
    }
}
