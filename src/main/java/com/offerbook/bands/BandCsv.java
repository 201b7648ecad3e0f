package com.offerbook.bands;

import com.offerbook.base.Limits;
import com.offerbook.base.Texts;
import com.offerbook.comp.Amounts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The band CSV format: a header row, then one band per row. Column order is free; unknown columns are refused
 * so a typo is not silently ignored. See README "Band CSV format".
 */
public final class BandCsv {

    public static final long MAX_BYTES = Limits.CSV_UPLOAD_MAX_BYTES;
    public static final int MAX_ROWS = Limits.CSV_MAX_ROWS;

    static final List<String> REQUIRED = List.of(
            "company",
            "role_title",
            "role_family",
            "region",
            "currency",
            "base_min",
            "base_max",
            "source_title",
            "as_of");
    private static final List<String> COMPONENTS = List.of("base", "equity", "bonus", "total");
    private static final List<String> STATS = List.of("min", "max", "p25", "p50", "p75", "p90");
    /** Text a spreadsheet would take for a formula, possibly already escaped with apostrophes (see asText). */
    private static final Pattern FORMULA_LIKE = Pattern.compile("'*[=+\\-@\t\r]");

    private static final Pattern ESCAPED = Pattern.compile("'+[=+\\-@\t\r]");
    /** Every column, in the order export writes them. */
    public static final List<String> COLUMNS;

    static {
        var columns = new ArrayList<>(List.of("company", "role_title", "role_family", "level", "region", "currency"));
        for (var component : COMPONENTS) {
            for (var stat : STATS) {
                columns.add(component + "_" + stat);
            }
            if (component.equals("equity")) {
                columns.add("equity_vesting_years");
            }
        }
        columns.addAll(List.of("source_title", "source_url", "as_of", "shared"));
        COLUMNS = List.copyOf(columns);
    }

    private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(
            Map.entry("company", "company"),
            Map.entry("roleTitle", "role_title"),
            Map.entry("roleFamily", "role_family"),
            Map.entry("levelLabel", "level"),
            Map.entry("region", "region"),
            Map.entry("currency", "currency"),
            Map.entry("base", "base_min"),
            Map.entry("equity", "equity_min"),
            Map.entry("bonus", "bonus_min"),
            Map.entry("totalComp", "total_min"),
            Map.entry("equityVestingYears", "equity_vesting_years"),
            Map.entry("sourceTitle", "source_title"),
            Map.entry("sourceUrl", "source_url"),
            Map.entry("asOf", "as_of"));

    private static final CSVFormat READ = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    /** A parsed row and the line it starts on. */
    public record Row(long line, BandDraft draft) {}

    /** Rows that parsed, and the problems of the rows that did not. */
    public record Parsed(List<Row> rows, List<ImportReport.Problem> problems) {}

    private BandCsv() {}

    static String columnOf(String field) {
        return FIELD_TO_COLUMN.getOrDefault(field, field);
    }

    /** Reads the whole file; stops with a problem past {@link #MAX_ROWS} rows or on malformed quoting. */
    public static Parsed parse(Reader reader) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<ImportReport.Problem>();
        try (var parser = READ.parse(reader)) {
            var header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            var missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            var unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                missing.forEach(c -> problems.add(new ImportReport.Problem(1, c, "Missing column")));
                unknown.forEach(c -> problems.add(
                        new ImportReport.Problem(1, Texts.excerpt(c), "Unknown column; see the documented format")));
                return new Parsed(List.of(), problems);
            }
            var iterator = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    problems.add(new ImportReport.Problem(
                            parser.getCurrentLineNumber(),
                            "",
                            "Malformed CSV (check the quotes on this line): " + rootMessage(malformed)));
                    break;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new ImportReport.Problem(
                            record.getRecordNumber() + 1, "", "More than " + MAX_ROWS + " rows; split the file"));
                    break;
                }
                readRow(record, header, rows, problems);
            }
        } catch (IOException e) {
            problems.add(new ImportReport.Problem(0, "", "The file could not be read: " + e.getMessage()));
        } catch (IllegalArgumentException badHeader) {
            // The library's message lists every column name, which can be as long as the file: our own words instead.
            problems.add(new ImportReport.Problem(
                    1, "", "The header row is not valid: a column name appears twice, or one is empty"));
        }
        return new Parsed(rows, problems);
    }

    private static void readRow(
            CSVRecord record, List<String> header, List<Row> rows, List<ImportReport.Problem> problems) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            problems.add(new ImportReport.Problem(
                    line, "", "Expected %d values, found %d".formatted(header.size(), record.size())));
            return;
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        var rowProblems = new ArrayList<ImportReport.Problem>();
        var reader = new RowReader(line, values, rowProblems);
        var draft = new BandDraft(
                reader.text("company"),
                reader.text("role_title"),
                reader.text("role_family"),
                reader.text("level"),
                reader.text("region"),
                reader.text("currency").toUpperCase(Locale.ROOT),
                reader.requiredRange("base"),
                reader.range("equity"),
                reader.integer("equity_vesting_years", 4),
                reader.range("bonus"),
                reader.range("total"),
                reader.text("source_title"),
                reader.text("source_url"),
                reader.date("as_of"),
                reader.bool("shared"));
        if (rowProblems.isEmpty()) {
            rows.add(new Row(line, draft));
        } else {
            problems.addAll(rowProblems);
        }
    }

    /** A printer that has written the header; print rows with {@link #values(BandDraft)}. */
    static CSVPrinter printer(Writer writer) throws IOException {
        return new CSVPrinter(writer, WRITE);
    }

    static List<String> values(BandDraft d) {
        var values = new ArrayList<>(
                Stream.of(d.company(), d.roleTitle(), d.roleFamily(), d.levelLabel(), d.region(), d.currency())
                        .map(BandCsv::asText)
                        .toList());
        var ranges = new Range[] {d.base(), d.equity(), d.bonus(), d.totalComp()};
        for (int i = 0; i < ranges.length; i++) {
            var range = ranges[i];
            if (range == null) {
                values.addAll(List.of("", "", "", "", "", ""));
            } else {
                for (var value :
                        new BigDecimal[] {range.min(), range.max(), range.p25(), range.p50(), range.p75(), range.p90()
                        }) {
                    values.add(value == null ? "" : value.stripTrailingZeros().toPlainString());
                }
            }
            if (COMPONENTS.get(i).equals("equity")) {
                values.add(String.valueOf(d.equityVestingYears()));
            }
        }
        values.addAll(List.of(
                asText(d.sourceTitle()), asText(d.sourceUrl()), d.asOf().toString(), String.valueOf(d.shared())));
        return values;
    }

    /**
     * A text cell that a spreadsheet shows as text: one that starts like a formula (= + - @, tab, return), or
     * like such an escaped one, gets a leading apostrophe, which spreadsheets hide and {@link RowReader#text}
     * removes again, so that export and import give back exactly what was typed.
     */
    static String asText(String text) {
        return FORMULA_LIKE.matcher(text).lookingAt() ? "'" + text : text;
    }

    private static String rootMessage(Throwable t) {
        var cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Reads typed values from one row, collecting a problem per bad cell. */
    private record RowReader(long line, Map<String, String> values, List<ImportReport.Problem> problems) {

        private static final Set<String> TRUE = Set.of("true", "yes", "1");
        private static final Set<String> FALSE = Set.of("false", "no", "0", "");

        /** The cell as typed; an apostrophe that {@link #asText} put before a formula-like text is removed. */
        String text(String column) {
            var text = values.getOrDefault(column, "");
            return ESCAPED.matcher(text).lookingAt() ? text.substring(1) : text;
        }

        /**
         * The cell as an amount: thousands separators and underscores are allowed, the rest goes through
         * {@link Amounts} (bounded digits, scale and exponent) before anything else sees it; a refusal quotes an
         * excerpt of the cell, never the whole of it.
         */
        @Nullable
        BigDecimal amount(String column) {
            var cell = text(column);
            if (cell.isEmpty()) {
                return null;
            }
            // Separators only make a cell longer: one twice the longest number is refused before it is copied.
            var result = cell.length() > 2 * Amounts.MAX_LENGTH
                    ? new Amounts.Result.Refused(Amounts.Refusal.TOO_LONG)
                    : Amounts.parse(cell.replace(",", "").replace("_", ""));
            return switch (result) {
                case Amounts.Result.Amount(var value) -> value;
                case Amounts.Result.Refused(var reason) -> {
                    problems.add(new ImportReport.Problem(
                            line, column, reason.message() + ": '" + Texts.excerpt(cell) + "'"));
                    yield null;
                }
            };
        }

        Range requiredRange(String component) {
            int before = problems.size();
            var range = range(component);
            if (range == null) {
                if (problems.size() == before) {
                    problems.add(new ImportReport.Problem(
                            line, component + "_min", "A " + component + " range (min and max) is required"));
                }
                return Range.of(0, 0); // the row has a problem and is not imported
            }
            return range;
        }

        @Nullable
        Range range(String component) {
            int before = problems.size();
            var min = amount(component + "_min");
            var max = amount(component + "_max");
            var p25 = amount(component + "_p25");
            var p50 = amount(component + "_p50");
            var p75 = amount(component + "_p75");
            var p90 = amount(component + "_p90");
            if (problems.size() > before) {
                return null; // a refused cell says what is wrong; "give both" would only repeat it
            }
            if (min == null && max == null) {
                if (p25 != null || p50 != null || p75 != null || p90 != null) {
                    problems.add(
                            new ImportReport.Problem(line, component + "_min", "Percentiles need a min and max too"));
                }
                return null;
            }
            if (min == null || max == null) {
                problems.add(new ImportReport.Problem(
                        line,
                        min == null ? component + "_min" : component + "_max",
                        "Give both the min and the max of " + component));
                return null;
            }
            return new Range(min, max, p25, p50, p75, p90);
        }

        int integer(String column, int fallback) {
            var text = text(column);
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                problems.add(
                        new ImportReport.Problem(line, column, "'" + Texts.excerpt(text) + "' is not a whole number"));
                return fallback;
            }
        }

        LocalDate date(String column) {
            var text = text(column);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new ImportReport.Problem(
                        line, column, "'" + Texts.excerpt(text) + "' is not a date; write it as 2026-01-31"));
                return LocalDate.EPOCH;
            }
        }

        boolean bool(String column) {
            var text = text(column).toLowerCase(Locale.ROOT);
            if (TRUE.contains(text)) {
                return true;
            }
            if (!FALSE.contains(text)) {
                problems.add(new ImportReport.Problem(line, column, "Write true or false"));
            }
            return false;
        }
    }
}
