package com.offerbook.comp.tax;

import static com.offerbook.comp.tax.TaxCalculatorTest.SOURCE;
import static com.offerbook.comp.tax.TaxCalculatorTest.band;
import static com.offerbook.comp.tax.TaxCalculatorTest.d;
import static com.offerbook.comp.tax.TaxCalculatorTest.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A profile that breaks a rule is refused with a message at its row. */
class TaxProfileCheckTest {

    private static TaxRow.Bands bands(TaxRow.Band... bands) {
        return new TaxRow.Bands("Brackets", TaxKind.INCOME, Base.TAXABLE, List.of(bands), SOURCE);
    }

    @Test
    void overlapping_bands_are_refused_at_their_row() {
        var overlapping = bands(band("0", "10000", "10"), band("8000", null, "20"));
        var flat = new TaxRow.FlatRate("Levy", TaxKind.PAYROLL, Base.GROSS, d("1"), null, null, SOURCE);

        assertThat(profile(flat, overlapping).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("bands");
            assertThat(problem.message())
                    .isEqualTo("Row 2 (Brackets): band 2 starts at 8000, inside band 1 (which ends at 10000): "
                            + "bands overlap.");
        });
    }

    @Test
    void unordered_bands_and_an_open_band_before_the_last_are_refused() {
        assertThat(profile(bands(band("10000", "20000", "20"), band("0", "10000", "10")))
                        .problems())
                .extracting(TaxProblem::message)
                .containsExactly("Row 1 (Brackets): band 2 starts at 0, not after band 1 (bands must be in order).");
        assertThat(profile(bands(band("0", null, "10"), band("10000", null, "20")))
                        .problems())
                .extracting(TaxProblem::message)
                .containsExactly("Row 1 (Brackets): band 1 has no upper limit but is not the last band.");
        assertThat(profile(bands(band("0", "0", "10"))).problems())
                .extracting(TaxProblem::message)
                .containsExactly("Row 1 (Brackets): band 1 ends (0) where it starts or before (0).");
    }

    @Test
    void rates_outside_0_to_100_percent_are_refused() {
        var negative = new TaxRow.FlatRate("Levy", TaxKind.PAYROLL, Base.GROSS, d("-1"), null, null, SOURCE);

        assertThat(profile(negative, bands(band("0", null, "100.5"))).problems())
                .extracting(TaxProblem::message)
                .containsExactly(
                        "Row 1 (Levy): has a rate of -1 %, outside 0–100 %.",
                        "Row 2 (Brackets): band 1 has a rate of 100.5 %, outside 0–100 %.");
    }

    @Test
    void a_row_without_a_source_or_a_date_is_refused() {
        var undated = new TaxSource("Table", "https://example.org", null);
        var unsourced = new TaxSource("", "", null);

        assertThat(profile(
                                new TaxRow.Deduction("Allowance", d("100"), null, undated),
                                new TaxRow.Credit("Credit", d("10"), null, unsourced))
                        .problems())
                .extracting(TaxProblem::row, TaxProblem::message)
                .containsExactly(
                        Tuple.tuple(0, "Row 1 (Allowance): the source has no date."),
                        Tuple.tuple(1, "Row 2 (Credit): the source has no title."));
    }

    @Test
    void a_profile_without_a_year_is_refused() {
        var yearless = new TaxProfile(
                "x",
                "X",
                "XX",
                TaxProfile.NO_YEAR,
                "",
                null,
                Currency.getInstance("EUR"),
                1,
                Rounding.CENTS,
                SOURCE,
                "",
                List.of());

        assertThat(yearless.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(TaxProblem.PROFILE);
            assertThat(problem.message()).isEqualTo("The profile has no tax year.");
        });
    }

    @Test
    void a_cap_at_or_below_its_floor_and_a_taper_without_a_step_are_refused() {
        var capped = new TaxRow.FlatRate("Levy", TaxKind.PAYROLL, Base.GROSS, d("1"), d("100"), d("100"), SOURCE);
        var taper = new Taper(d("100"), d("1"), d("0"), Taper.Stepping.WHOLE);

        assertThat(profile(capped, new TaxRow.Credit("Credit", d("10"), taper, SOURCE))
                        .problems())
                .extracting(TaxProblem::message)
                .containsExactly(
                        "Row 1 (Levy): has a cap (100) not above its floor (100).",
                        "Row 2 (Credit): has a taper whose step (0) is not above zero.");
    }
}
