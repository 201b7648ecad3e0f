package com.offerbook.bands;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import com.offerbook.base.Texts;
import com.offerbook.comp.HostileNumbers;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 19: a 134-byte band CSV with base_max 1E-999999999 held a gigabyte; every amount cell is read bounded. */
class BandCsvHostileInputTest {

    static final String HEADER =
            "company,role_title,role_family,region,currency,base_min,base_max,source_title,as_of\n";

    /** The longest reason a problem may give: a sentence and a short excerpt, never the cell in full. */
    static final int REASON_MAX = 160;

    @Test
    void a_base_max_with_a_huge_exponent_is_refused_with_a_short_message() {
        var parsed = parse("1E-999999999");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("base_max");
            assertThat(problem.reason()).contains("exponent").hasSizeLessThan(REASON_MAX);
        });
    }

    @Test
    void a_cell_of_a_hundred_thousand_digits_is_quoted_by_an_excerpt() {
        var parsed = parse("9".repeat(100_000) + "x");

        assertThat(parsed.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason())
                        .contains("9".repeat(Texts.EXCERPT_MAX) + "…")
                        .hasSizeLessThan(REASON_MAX));
    }

    @Test
    void thousands_separators_and_plain_numbers_still_read() {
        var parsed = BandCsv.parse(new StringReader(
                HEADER + "Acme,Engineer,Software Engineer,Seattle,USD,\"90,000\",120000.50,Survey,2026-01-01\n"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst().draft().base().min()).isEqualByComparingTo("90000");
        assertThat(parsed.rows().getFirst().draft().base().max()).isEqualByComparingTo("120000.50");
    }

    static Stream<Named<String>> hostile() {
        return Generated.inputs(1_000, HostileNumbers::text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void every_amount_cell_is_read_or_refused_with_a_short_message(String cell) {
        var parsed = parse(cell);

        assertThat(parsed.rows().size() + parsed.problems().size()).isPositive();
        parsed.problems().forEach(problem -> assertThat(problem.reason()).hasSizeLessThan(REASON_MAX));
        parsed.rows()
                .forEach(row -> assertThat(row.draft().base().max().precision()).isLessThanOrEqualTo(40));
    }

    private static BandCsv.Parsed parse(String baseMax) {
        var quoted = "\"" + baseMax.replace("\"", "\"\"") + "\"";
        return BandCsv.parse(new StringReader(
                HEADER + "Acme,Engineer,Software Engineer,Seattle,USD,1," + quoted + ",Survey,2026-01-01\n"));
    }
}
