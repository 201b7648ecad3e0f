package com.offerbook.comp.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.offerbook.comp.Money;
import com.offerbook.tax.TaxProfileJson;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The calculator and the checks on small hand-made profiles. */
class TaxCalculatorTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final TaxSource SOURCE = new TaxSource("Test table", "https://example.org/table", LocalDate.of(2026, 1, 1));

    static TaxProfile profile(TaxRow... rows) {
        return new TaxProfile(
                "test", "Test", "XX", 2026, "2026", null, EUR, 1, Rounding.CENTS, SOURCE, "", List.of(rows));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static TaxRow.Band band(String from, @Nullable String to, String rate) {
        return new TaxRow.Band(d(from), to == null ? null : d(to), d(rate));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void bands_tax_each_slice_at_its_rate_and_the_breakdown_names_each_band() {
        var bands = new TaxRow.Bands(
                "Brackets",
                TaxKind.INCOME,
                Base.TAXABLE,
                List.of(band("0", "10000", "10"), band("10000", null, "30")),
                SOURCE);
        var deduction = new TaxRow.Deduction("Allowance", d("5000"), null, SOURCE);

        var result = TaxCalculator.compute(eur("25000"), List.of(profile(deduction, bands)));

        // taxable 20,000: 10 % × 10,000 + 30 % × 10,000 = 4,000
        assertThat(result.incomeTax()).isEqualTo(eur("4000"));
        assertThat(result.lines())
                .extracting(
                        TaxLine::what,
                        line -> line.base().amount().intValue(),
                        line -> line.tax().amount())
                .containsExactly(
                        Tuple.tuple("allowed", 5000, d("0.00")),
                        Tuple.tuple("10 % band", 10000, d("1000.00")),
                        Tuple.tuple("30 % band", 10000, d("3000.00")));
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.source()).isEqualTo(SOURCE));
    }

    @Test
    void a_flat_rate_stops_at_its_cap_and_starts_above_its_floor() {
        var capped = new TaxRow.FlatRate("Pension", TaxKind.PAYROLL, Base.GROSS, d("10"), null, d("50000"), SOURCE);
        var above = new TaxRow.FlatRate("Surcharge", TaxKind.PAYROLL, Base.GROSS, d("1"), d("60000"), null, SOURCE);

        var result = TaxCalculator.compute(eur("80000"), List.of(profile(capped, above)));

        // 10 % × 50,000 + 1 % × 20,000
        assertThat(result.payrollTax()).isEqualTo(eur("5200"));
        assertThat(result.incomeTax()).isEqualTo(eur("0"));
    }

    @Test
    void a_credit_never_takes_the_income_tax_below_zero_nor_touches_payroll_tax() {
        var flat = new TaxRow.FlatRate("Tax", TaxKind.INCOME, Base.GROSS, d("1"), null, null, SOURCE);
        var payroll = new TaxRow.FlatRate("Levy", TaxKind.PAYROLL, Base.GROSS, d("2"), null, null, SOURCE);
        var credit = new TaxRow.Credit("Credit", d("500"), null, SOURCE);

        var result = TaxCalculator.compute(eur("10000"), List.of(profile(flat, payroll, credit)));

        assertThat(result.incomeTax()).isEqualTo(eur("0"));
        assertThat(result.payrollTax()).isEqualTo(eur("200"));
        assertThat(result.takeHome()).isEqualTo(eur("9800"));
    }

    @Test
    void a_continuous_taper_reduces_in_proportion_and_never_below_zero() {
        var taper = new Taper(d("100"), d("1"), d("2"), Taper.Stepping.CONTINUOUS);
        var allowance = new TaxRow.Deduction("Allowance", d("50"), taper, SOURCE);
        var tax = new TaxRow.FlatRate("Tax", TaxKind.INCOME, Base.TAXABLE, d("10"), null, null, SOURCE);

        // 101 → allowance 49.5, taxable 51.5 → 5.15; 1,000 → allowance 0 → 100
        assertThat(TaxCalculator.compute(eur("101"), List.of(profile(allowance, tax)))
                        .incomeTax())
                .isEqualTo(eur("5.15"));
        assertThat(TaxCalculator.compute(eur("1000"), List.of(profile(allowance, tax)))
                        .incomeTax())
                .isEqualTo(eur("100"));
    }

    @Test
    void each_line_is_rounded_as_the_profile_says_and_the_totals_add_the_lines() {
        var tax = new TaxRow.FlatRate("Tax", TaxKind.INCOME, Base.GROSS, d("33.333"), null, null, SOURCE);
        var down = new TaxProfile(
                "t",
                "T",
                "XX",
                2026,
                "2026",
                null,
                EUR,
                1,
                new Rounding(0, RoundingMode.DOWN, "whole units, down"),
                SOURCE,
                "",
                List.of(tax));

        var result = TaxCalculator.compute(eur("1000"), List.of(down));

        // 333.33 → 333
        assertThat(result.incomeTax().amount()).isEqualByComparingTo("333");
        assertThat(result.takeHome()).isEqualTo(eur("667"));
    }

    @Test
    void a_profile_in_another_currency_an_invalid_profile_and_an_empty_stack_are_refused() {
        var tax = new TaxRow.FlatRate("Tax", TaxKind.INCOME, Base.GROSS, d("150"), null, null, SOURCE);

        assertThatThrownBy(() -> TaxCalculator.compute(Money.of("1000", "USD"), List.of(profile())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> TaxCalculator.compute(eur("1000"), List.of(profile(tax))))
                .hasMessageContaining("Row 1 (Tax): has a rate of 150 %, outside 0–100 %.");
        assertThatThrownBy(() -> TaxCalculator.compute(eur("1000"), List.of())).hasMessageContaining("No tax profile");
    }

    @Test
    void a_profile_reads_from_json_with_exact_numbers() {
        var json = """
                {"profiles": [{"key": "x", "name": "X", "jurisdiction": "XX", "taxYear": 2026, "yearLabel": "2026",
                  "currency": "EUR", "version": 3,
                  "source": {"title": "T", "url": "https://example.org", "asOf": "2026-01-01"},
                  "rows": [{"kind": "FLAT", "label": "Levy", "tax": "PAYROLL", "base": "GROSS", "rate": 0.807159,
                            "cap": 184500, "source": {"title": "T", "url": "https://example.org", "asOf": "2026-01-01"}}]}]}
                """;

        var profile = TaxProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .getFirst();

        assertThat(profile.version()).isEqualTo(3);
        assertThat(profile.rows()).singleElement().isInstanceOfSatisfying(TaxRow.FlatRate.class, row -> {
            assertThat(row.rate()).isEqualByComparingTo("0.807159");
            assertThat(row.cap()).isEqualByComparingTo("184500");
            assertThat(row.floor()).isNull();
        });
        assertThat(profile.problems()).isEmpty();
    }
}
