package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Amounts read exactly as meant in a locale, or refused with what was probably meant (issue 18). */
@ExtendWith(Generated.SeedInFailures.class)
class AmountTextTest {

    private static final Locale US = Locale.forLanguageTag("en-US");
    private static final Locale GERMAN = Locale.forLanguageTag("de-DE");
    private static final Locale FRENCH = Locale.forLanguageTag("fr-FR");
    private static final Locale SWISS = Locale.forLanguageTag("de-CH");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|210,000|210000",
                "en-US|12.5k|12500",
                "en-US|250000|250000",
                "en-US|$250,000.50|250000.50",
                "en-US|1.2m|1200000",
                "en-US|GBP 201,000|201000",
                "en-US|-5|-5",
                "en-US|\u22125,000|-5000",
                "en-US|250 000|250000",
                "en-US|250\u00A0000|250000",
                "en-US|0.125|0.125",
                "en-US|1,210.000|1210",
                "en-US|1234.567|1234.567",
                "en-US|250 k|250000",
                "en-US|-$1,000|-1000",
                "en-US|$-1,000|-1000",
                "de-DE|210.000|210000",
                "de-DE|12,5k|12500",
                "de-DE|1.234,56 €|1234.56",
                "de-DE|EUR 249.600|249600",
                "fr-FR|249\u202F600|249600",
                "fr-FR|249 600,5|249600.5",
                "fr-FR|12,5k|12500",
                "de-CH|249\u2019600.50|249600.50",
                "de-CH|249'600|249600",
                "sv-SE|1\u00A0234,5|1234.5",
                "ja-JP|249,600|249600"
            })
    void reads_amounts_as_people_write_them_in_their_locale(String tag, String text, String expected) {
        assertThat(AmountText.read(text, Locale.forLanguageTag(tag)))
                .isInstanceOfSatisfying(
                        AmountText.Reading.Amount.class,
                        a -> assertThat(a.value()).isEqualByComparingTo(expected));
    }

    @Test
    void a_decimal_point_before_three_digits_is_refused_in_english_with_what_was_probably_meant() {
        assertThat(message("210.000", US))
                .isEqualTo("210.000 — did you mean 210,000? Amounts use , for thousands and . for decimals here");
    }

    @Test
    void a_decimal_comma_before_three_digits_is_refused_in_german_with_what_was_probably_meant() {
        assertThat(message("210,000", GERMAN))
                .isEqualTo("210,000 — did you mean 210.000? Amounts use . for thousands and , for decimals here");
    }

    @Test
    void a_comma_in_a_malformed_group_is_refused_in_english() {
        assertThat(message("12,5k", US)).startsWith("12,5k — did you mean 12.5k?");
    }

    @Test
    void separators_in_the_wrong_order_are_refused_both_ways() {
        assertThat(message("1.234,56", US)).startsWith("1.234,56 — did you mean 1,234.56?");
        assertThat(message("1,234.56", GERMAN)).startsWith("1,234.56 — did you mean 1.234,56?");
    }

    @Test
    void two_decimal_separators_are_refused() {
        assertThat(message("1.234.567", US)).startsWith("1.234.567 — did you mean 1,234,567?");
        assertThat(message("1.2.3", US)).isEqualTo("Check the separators. " + AmountText.Separators.EN_US.rule());
    }

    @Test
    void a_point_in_french_is_refused_and_names_the_space_as_the_thousands_separator() {
        assertThat(message("12.5", FRENCH))
                .isEqualTo("12.5 — did you mean 12,5? Amounts use a space for thousands and , for decimals here");
    }

    @Test
    void every_example_a_number_format_gives_reads_as_the_amount_it_shows() {
        for (var locale : AmountText.SUPPORTED) {
            var examples = AmountText.examples(locale);
            assertThat(examples.replace(" or ", ", ").split(", "))
                    .as(examples)
                    .hasSize(3)
                    .allSatisfy(example -> assertThat(AmountText.read(example, locale))
                            .as("%s in %s", example, locale)
                            .isInstanceOfSatisfying(
                                    AmountText.Reading.Amount.class,
                                    amount -> assertThat(amount.value()).isEqualByComparingTo("250000")));
        }
        assertThat(AmountText.examples(GERMAN)).isEqualTo("250000, 250.000 or 250k");
    }

    @Test
    void text_that_is_no_number_says_how_to_write_one_in_this_locale() {
        assertThat(message("abc", GERMAN)).isEqualTo("Enter a number, e.g. 250000, 250.000 or 250k");
        assertThat(message("--5", US)).startsWith("Enter a number");
        assertThat(message("1e5", US)).startsWith("Enter a number");
    }

    @Test
    void bounds_of_amounts_still_hold() {
        assertThat(AmountText.read("1" + "0".repeat(10_000), US))
                .isEqualTo(
                        new AmountText.Reading.Refused(Amounts.Refusal.TOO_LONG, Amounts.Refusal.TOO_LONG.message()));
        assertThat(AmountText.read("9".repeat(14) + "m", US)).isInstanceOf(AmountText.Reading.Refused.class);
        assertThat(AmountText.read("99,999,999,999k", US)).isInstanceOf(AmountText.Reading.Refused.class);
    }

    @Test
    void a_ratio_has_no_thousands_so_three_decimals_are_read_as_written() {
        assertThat(AmountText.readRatio("1.125", US)).isEqualTo(new AmountText.Reading.Amount(new BigDecimal("1.125")));
        assertThat(AmountText.readRatio("1,27", GERMAN))
                .isEqualTo(new AmountText.Reading.Amount(new BigDecimal("1.27")));
        assertThat(AmountText.readRatio("1,125", US)).isInstanceOf(AmountText.Reading.Refused.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|249600|249,600",
                "de-DE|249600|249.600",
                "fr-FR|249600|249\u202F600",
                "de-CH|249600.5|249\u2019600.5",
                "en-US|-1234567.25|-1,234,567.25",
                "en-US|1.125|1.1250",
                "en-US|0.125|0.125",
                "de-DE|12.500|12,5"
            })
    void writes_amounts_grouped_in_the_locale(String tag, String value, String expected) {
        assertThat(AmountText.write(new BigDecimal(value), Locale.forLanguageTag(tag)))
                .isEqualTo(expected);
    }

    @Test
    void displayed_figures_use_one_minus_sign() {
        assertThat(AmountText.display(new BigDecimal("-21.43"), US)).isEqualTo("\u221221.43");
        assertThat(AmountText.localize("-$1,234.50", GERMAN)).isEqualTo("\u2212$1.234,50");
        assertThat(Money.of("-30000", "GBP").format()).isEqualTo("\u2212£30,000");
        assertThat(Money.of("249600", "USD").format(SWISS)).isEqualTo("$249\u2019600");
    }

    @Test
    void an_unknown_convention_reads_as_english() {
        assertThat(AmountText.Separators.of(Locale.forLanguageTag("ar-EG"))).isEqualTo(AmountText.Separators.EN_US);
        assertThat(AmountText.Separators.of(Locale.forLanguageTag("sv-SE")))
                .isEqualTo(new AmountText.Separators('\u00A0', ','));
    }

    record Written(Locale locale, BigDecimal value, String text) {}

    static Stream<Named<Written>> writtenAmounts() {
        return Generated.inputs(1_000, random -> {
            var locale = Generated.oneOf(random, AmountText.SUPPORTED.toArray(Locale[]::new));
            var value = amount(random);
            return new Written(locale, value, AmountText.write(value, locale));
        });
    }

    @ParameterizedTest
    @MethodSource("writtenAmounts")
    void an_amount_written_in_a_supported_locale_reads_back_as_the_same_amount(Written written) {
        assertThat(AmountText.read(written.text(), written.locale()))
                .isInstanceOfSatisfying(
                        AmountText.Reading.Amount.class,
                        a -> assertThat(a.value()).isEqualByComparingTo(written.value()));
    }

    static Stream<Named<Written>> thousandsWithSuffix() {
        return Generated.inputs(1_000, random -> {
            var locale = Generated.oneOf(random, AmountText.SUPPORTED.toArray(Locale[]::new));
            var thousands = Generated.between(random, BigDecimal.valueOf(-9_999_999), BigDecimal.valueOf(9_999_999), 2);
            var suffix = Generated.oneOf(random, "k", "K", " k");
            return new Written(
                    locale,
                    thousands.multiply(BigDecimal.valueOf(1_000)),
                    AmountText.write(thousands, locale) + suffix);
        });
    }

    @ParameterizedTest
    @MethodSource("thousandsWithSuffix")
    void an_amount_in_thousands_written_with_k_reads_back(Written written) {
        assertThat(AmountText.read(written.text(), written.locale()))
                .isInstanceOfSatisfying(
                        AmountText.Reading.Amount.class,
                        a -> assertThat(a.value()).isEqualByComparingTo(written.value()));
    }

    static Stream<Named<Written>> mixedSeparators() {
        return Generated.inputs(1_000, random -> {
            var locale = Generated.oneOf(random, AmountText.SUPPORTED.toArray(Locale[]::new));
            var separators = AmountText.Separators.of(locale);
            // A grouped whole part and a decimal part, written with the separators in the wrong roles: the locale's
            // decimal separator between the groups, another one before the decimals.
            var whole = Generated.between(random, 1_000L, 999_999_999_999L);
            var grouped = AmountText.write(BigDecimal.valueOf(whole), Locale.US).replace(',', separators.decimal());
            char other = separators.decimal() == ',' ? '.' : ',';
            var decimals = Generated.text(random, Generated.DIGITS, 1, 2);
            return new Written(locale, BigDecimal.ZERO, grouped + other + decimals);
        });
    }

    @ParameterizedTest
    @MethodSource("mixedSeparators")
    void an_amount_with_separators_in_the_wrong_roles_is_refused(Written written) {
        assertThat(AmountText.read(written.text(), written.locale()))
                .isInstanceOfSatisfying(
                        AmountText.Reading.Refused.class,
                        r -> assertThat(r.message()).hasSizeLessThan(120).contains("for decimals here"));
    }

    @Test
    void indian_grouping_is_refused_and_the_message_says_the_amount_it_meant() {
        assertThat(message("25,00,000", US))
                .isEqualTo("25,00,000 — did you mean 2,500,000? Amounts use , for thousands and . for decimals here");
        assertThat(message("1,20,00,000.50", US)).startsWith("1,20,00,000.50 — did you mean 12,000,000.5?");
        assertThat(message("12,34,56", US)).startsWith("Check the separators."); // not Indian grouping either
    }

    static Stream<Named<Written>> indianGrouped() {
        return Generated.inputs(1_000, random -> {
            var value = Generated.between(random, 100_000L, 999_999_999_999L);
            var digits = Long.toString(value);
            // the last three digits, then groups of two: 12,34,567
            var grouped = new StringBuilder(digits.substring(digits.length() - 3));
            for (int end = digits.length() - 3; end > 0; end -= 2) {
                grouped.insert(0, digits.substring(Math.max(0, end - 2), end) + ",");
            }
            return new Written(US, BigDecimal.valueOf(value), grouped.toString());
        });
    }

    @ParameterizedTest
    @MethodSource("indianGrouped")
    void an_amount_grouped_the_indian_way_is_never_read_and_the_refusal_names_it(Written written) {
        assertThat(AmountText.read(written.text(), written.locale()))
                .isInstanceOfSatisfying(
                        AmountText.Reading.Refused.class,
                        r -> assertThat(r.message())
                                .contains("did you mean " + AmountText.write(written.value(), US) + "?"));
    }

    static Stream<Named<Written>> hostile() {
        return Generated.inputs(
                1_000,
                random -> new Written(
                        Generated.oneOf(random, AmountText.SUPPORTED.toArray(Locale[]::new)),
                        BigDecimal.ZERO,
                        HostileNumbers.text(random)));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void every_text_is_answered_with_a_bounded_amount_or_a_short_message(Written written) {
        switch (AmountText.read(written.text(), written.locale())) {
            case AmountText.Reading.Amount(var value) ->
                assertThat(value.precision()).isLessThanOrEqualTo(40);
            // A refusal may quote the text and what it would mean (twice its length) around one short sentence.
            case AmountText.Reading.Refused(var reason, var message) ->
                assertThat(message).hasSizeLessThan(100 + 2 * written.text().length());
        }
    }

    /** Scale 0 to 2, magnitudes from cents to billions, negatives included. */
    private static BigDecimal amount(RandomGenerator random) {
        int scale = Generated.between(random, 0, 2);
        long digits = (long) Math.pow(10, Generated.between(random, 1, 12));
        var max = BigDecimal.valueOf(digits - 1);
        return Generated.between(random, max.negate(), max, scale);
    }

    private static String message(String text, Locale locale) {
        return switch (AmountText.read(text, locale)) {
            case AmountText.Reading.Amount(var value) -> "read as " + value;
            case AmountText.Reading.Refused(var reason, var message) -> message;
        };
    }
}
