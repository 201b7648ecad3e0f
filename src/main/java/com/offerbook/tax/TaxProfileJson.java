package com.offerbook.tax;

import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.Amounts;
import com.offerbook.comp.tax.Base;
import com.offerbook.comp.tax.FilingStatus;
import com.offerbook.comp.tax.Rounding;
import com.offerbook.comp.tax.Taper;
import com.offerbook.comp.tax.TaxKind;
import com.offerbook.comp.tax.TaxProfile;
import com.offerbook.comp.tax.TaxRow;
import com.offerbook.comp.tax.TaxSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads tax profiles from JSON (the seeded ones are in {@code /tax/profiles.json}; docs/tax.md describes the format).
 * Numbers are read exactly. A missing field becomes an empty or zero value that {@link TaxProfile#problems()} names;
 * a value that cannot be read at all (an unknown kind, a word where a number belongs) is refused with its place.
 */
public final class TaxProfileJson {

    /** The seeded profiles' resource. */
    public static final String SEEDED = "/tax/profiles.json";

    /** Bounded like every document from outside (issue 19): an administrator's text is read the same way. */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(Amounts.MAX_LENGTH)
                            .maxStringLength(Limits.MESSAGE_TEXT_MAX)
                            .maxNameLength(100)
                            .maxNestingDepth(16)
                            .maxDocumentLength(Limits.TAX_PROFILE_DOCUMENT_MAX)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TaxProfileJson() {}

    /** The seeded profiles, as shipped. */
    public static List<TaxProfile> seeded() {
        try (var in = TaxProfileJson.class.getResourceAsStream(SEEDED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SEEDED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<TaxProfile> read(InputStream in) {
        var root = JSON.readTree(in);
        var profiles = new ArrayList<TaxProfile>();
        for (var node : root.path("profiles").values()) {
            profiles.add(profile(node));
        }
        return List.copyOf(profiles);
    }

    /** One profile from its document (as stored by the tax service), its version taken from the stored row. */
    public static TaxProfile profile(String document, int version) {
        return withVersion(profile(JSON.readTree(document)), version);
    }

    /**
     * The document an administrator wrote, checked that it is one JSON object and written back compactly with the
     * version the service gives it.
     */
    public static String document(String text, int version) {
        var node = JSON.readTree(text);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A profile is one JSON object: {\"key\": …, \"rows\": […]}");
        }
        object.put("version", version);
        return JSON.writeValueAsString(object);
    }

    /** Reads one profile document, refusing what cannot be read at all with its place (see {@link #profile(JsonNode)}). */
    public static TaxProfile profile(String document) {
        return profile(JSON.readTree(document));
    }

    private static TaxProfile withVersion(TaxProfile p, int version) {
        return new TaxProfile(
                p.key(),
                p.name(),
                p.jurisdiction(),
                p.taxYear(),
                p.yearLabel(),
                p.filingStatus(),
                p.currency(),
                version,
                p.rounding(),
                p.source(),
                p.note(),
                p.rows());
    }

    public static TaxProfile profile(JsonNode node) {
        var key = text(node, "key");
        var rows = new ArrayList<TaxRow>();
        int index = 0;
        for (var row : node.path("rows").values()) {
            index++;
            try {
                rows.add(row(row));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Profile " + key + ", row " + index + ": " + e.getMessage(), e);
            }
        }
        var rounding = node.path("rounding");
        var status = text(node, "filingStatus");
        return new TaxProfile(
                key,
                text(node, "name"),
                text(node, "jurisdiction"),
                node.path("taxYear").asInt(TaxProfile.NO_YEAR),
                text(node, "yearLabel"),
                status.isEmpty() ? null : choice(FilingStatus.class, "filingStatus", status),
                currency(text(node, "currency")),
                node.path("version").asInt(1),
                rounding.isMissingNode()
                        ? Rounding.CENTS
                        : new Rounding(
                                rounding.path("scale").asInt(2),
                                choice(RoundingMode.class, "rounding mode", text(rounding, "mode")),
                                text(rounding, "rule")),
                source(node.path("source")),
                text(node, "note"),
                rows);
    }

    private static TaxRow row(JsonNode row) {
        var label = text(row, "label");
        var source = source(row.path("source"));
        return switch (text(row, "kind").toUpperCase(Locale.ROOT)) {
            case "DEDUCTION" -> new TaxRow.Deduction(label, amount(row, "amount"), taper(row.path("taper")), source);
            case "CREDIT" -> new TaxRow.Credit(label, amount(row, "amount"), taper(row.path("phaseOut")), source);
            case "FLAT" ->
                new TaxRow.FlatRate(
                        label,
                        kind(row),
                        base(row),
                        amount(row, "rate"),
                        optional(row, "floor"),
                        optional(row, "cap"),
                        source);
            case "BANDS" -> {
                var bands = new ArrayList<TaxRow.Band>();
                for (var band : row.path("bands").values()) {
                    var recapture = band.path("recapture");
                    bands.add(new TaxRow.Band(
                            amount(band, "from"),
                            optional(band, "to"),
                            amount(band, "rate"),
                            recapture.isMissingNode()
                                    ? null
                                    : new TaxRow.Recapture(amount(recapture, "from"), amount(recapture, "width"))));
                }
                yield new TaxRow.Bands(label, kind(row), base(row), bands, source);
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown kind '" + text(row, "kind") + "' (one of DEDUCTION, BANDS, FLAT, CREDIT)");
        };
    }

    private static @Nullable Taper taper(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        var stepping = text(node, "stepping");
        return new Taper(
                amount(node, "threshold"),
                amount(node, "reduceBy"),
                amount(node, "per"),
                stepping.isEmpty() ? Taper.Stepping.CONTINUOUS : choice(Taper.Stepping.class, "stepping", stepping));
    }

    private static TaxSource source(JsonNode node) {
        var asOf = text(node, "asOf");
        return new TaxSource(text(node, "title"), text(node, "url"), asOf.isEmpty() ? null : LocalDate.parse(asOf));
    }

    private static TaxKind kind(JsonNode row) {
        var kind = text(row, "tax");
        return kind.isEmpty() ? TaxKind.INCOME : choice(TaxKind.class, "tax", kind);
    }

    private static Base base(JsonNode row) {
        var base = text(row, "base");
        return base.isEmpty() ? Base.TAXABLE : choice(Base.class, "base", base);
    }

    private static BigDecimal amount(JsonNode node, String field) {
        var value = optional(node, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    private static @Nullable BigDecimal optional(JsonNode node, String field) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        var text = value.isNumber()
                ? value.decimalValue().toString()
                : value.asString().replace("_", "");
        return switch (Amounts.parse(text)) {
            case Amounts.Result.Amount(var amount) -> amount;
            case Amounts.Result.Refused(var reason) ->
                throw new IllegalArgumentException("'" + field + "': " + reason.message());
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + field + "' is '" + Texts.excerpt(text) + "', not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static Currency currency(String code) {
        if (!Limits.CURRENCIES.contains(code)) {
            throw new IllegalArgumentException(
                    "'currency' is '" + Texts.excerpt(code) + "', not one of " + String.join(", ", Limits.CURRENCIES));
        }
        return Currency.getInstance(code);
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString().strip();
    }
}
