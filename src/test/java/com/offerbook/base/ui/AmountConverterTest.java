package com.offerbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
}
