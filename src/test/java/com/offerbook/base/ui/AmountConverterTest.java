package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import com.offerbook.comp.HostileNumbers;
import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountConverterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "250000|250000",
                "250,000|250000",
                "$250,000.50|250000.50",
                "250k|250000",
                "1.2m|1200000",
                "GBP 201,000|201000",
                "-5|-5"
            })
    void reads_amounts_as_people_write_them(String text, String expected) {
        assertThat(AmountConverter.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "1.2.3", "k", "--5", "1e5"})
    void refuses_text_that_is_not_an_amount(String text) {
        assertThat(AmountConverter.parse(text)).isNull();
    }

    @Test
    void refuses_numbers_too_long_or_too_large_to_be_an_amount() {
        assertThat(AmountConverter.parse("1" + "0".repeat(10_000))).isNull();
        assertThat(AmountConverter.parse("0." + "0".repeat(10_000) + "1")).isNull();
        assertThat(AmountConverter.parse("9".repeat(14) + "m")).isNull();
        assertThat(AmountConverter.parse(" ".repeat(1_000_000) + "5")).isNull();
    }

    @Test
    void the_message_says_why_and_never_repeats_the_text() {
        var converter = new AmountConverter(false);
        var huge = "1" + "0".repeat(1_000_000);

        var result = converter.convertToModel(huge, new ValueContext());

        assertThat(result.isError()).isTrue();
        assertThat(result.getMessage().orElseThrow()).contains("Too long").hasSizeLessThan(120);
    }

    @Test
    void reads_and_writes_in_the_locale_of_its_context() {
        var german = new ValueContext(Locale.forLanguageTag("de-DE"));
        var english = new ValueContext(Locale.US);
        var converter = new AmountConverter(false);

        assertThat(converter.convertToModel("210.000", german).getOrThrow(IllegalStateException::new))
                .isEqualByComparingTo("210000");
        assertThat(converter.convertToModel("210.000", english).getMessage().orElseThrow())
                .isEqualTo("210.000 — did you mean 210,000? Amounts use , for thousands and . for decimals here");
        assertThat(converter.convertToPresentation(new BigDecimal("249600.00"), german))
                .isEqualTo("249.600");
        assertThat(converter.convertToPresentation(new BigDecimal("249600.00"), english))
                .isEqualTo("249,600");
        assertThat(converter.convertToPresentation(new BigDecimal("249600"), new ValueContext(Locale.FRANCE)))
                .isEqualTo("249\u202F600");
    }

    static Stream<Named<String>> hostile() {
        return Generated.inputs(1_000, HostileNumbers::text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void every_text_is_answered_with_a_bounded_amount_or_a_short_message(String text) {
        var result = new AmountConverter(true).convertToModel(text, new ValueContext());

        result.ifOk(value -> assertThat(value == null ? 0 : value.precision()).isLessThanOrEqualTo(40));
        result.ifError(message -> assertThat(message).hasSizeLessThan(120));
    }
}
