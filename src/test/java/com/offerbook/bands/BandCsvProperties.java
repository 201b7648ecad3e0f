package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Exported bands read back exactly as typed, and no exported text cell can run as a spreadsheet formula. */
class BandCsvProperties {

    @Property(tries = 1000)
    void any_text_survives_export_and_import(@ForAll("texts") String company, @ForAll("texts") String source)
            throws Exception {
        var draft = new BandDraft(
                company,
                "Engineer",
                "Software Engineer",
                "L5",
                "Seattle",
                "USD",
                Range.of(100_000, 200_000),
                null,
                4,
                null,
                null,
                source,
                "",
                LocalDate.of(2026, 1, 1),
                false);

        var parsed = BandCsv.parse(new StringReader(export(draft)));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.draft().company()).isEqualTo(company);
            assertThat(row.draft().sourceTitle()).isEqualTo(source);
        });
    }

    @Property(tries = 1000)
    void no_exported_text_cell_starts_like_a_formula(@ForAll("texts") String text) {
        assertThat(BandCsv.asText(text))
                .doesNotStartWith("=")
                .doesNotStartWith("+")
                .doesNotStartWith("-")
                .doesNotStartWith("@");
    }

    @Example
    void markup_and_formulas_are_written_as_text() throws Exception {
        var draft = new BandDraft(
                "=HYPERLINK(\"http://evil\")",
                "<script>alert(1)</script>",
                "Software Engineer",
                "",
                "Seattle",
                "USD",
                Range.of(1, 2),
                null,
                4,
                null,
                null,
                "'=already quoted",
                "",
                LocalDate.of(2026, 1, 1),
                false);
        var csv = export(draft);

        assertThat(csv).contains("'=HYPERLINK(\"\"http://evil\"\")", "<script>alert(1)</script>", "''=already quoted");
        assertThat(BandCsv.parse(new StringReader(csv)).rows().getFirst().draft())
                .isEqualTo(draft);
    }

    /** Texts as stored: bands keep names without surrounding spaces (and import trims cells the same way). */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                        Arbitraries.strings()
                                .withChars("'=+-@\t\r\n\",<>& ")
                                .ofMinLength(1)
                                .ofMaxLength(8),
                        Arbitraries.of(
                                "=1+1", "+SUM(A1)", "-2", "@cmd", "'=x", "''+y", "<b>bold</b>", "a,b", "\"quoted\""))
                .filter(text -> !text.isEmpty() && text.equals(text.trim()) && text.equals(text.strip()));
    }

    private static String export(BandDraft draft) throws Exception {
        var out = new StringWriter();
        try (var printer = BandCsv.printer(out)) {
            printer.printRecord(BandCsv.values(draft));
        }
        return out.toString();
    }
}
