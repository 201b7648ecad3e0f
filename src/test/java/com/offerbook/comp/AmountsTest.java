package com.offerbook.comp;

import static org.assertj.core.api.Assertions.assertThat;

import com.offerbook.Generated;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({
        "250000, 250000",
        "250000.50, 250000.50",
        "-5, -5",
        "+7, 7",
        ".5, 0.5",
        "5., 5",
        "1E+3, 1000",
        "2.5e-3, 0.0025",
        "0E-20, 0",
        "0000000000000000000000001, 1",
        "1.0000000000000, 1",
        "9999999999999.99, 9999999999999.99"
    })
    void reads_numbers_as_java_and_json_write_them(String text, String expected) {
        assertThat(Amounts.parse(text))
                .isInstanceOfSatisfying(
                        Amounts.Result.Amount.class, a -> assertThat(a.value()).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "1E-999999999, EXPONENT_OUT_OF_RANGE",
        "1e999999999, EXPONENT_OUT_OF_RANGE",
        "1E2147483648, EXPONENT_OUT_OF_RANGE",
        "1E99999999999999999999999999999999, EXPONENT_OUT_OF_RANGE",
        "1E21, EXPONENT_OUT_OF_RANGE",
        "1E14, TOO_LARGE",
        "12345678901234, TOO_LARGE",
        "0.000000001, TOO_PRECISE",
        "1E-9, TOO_PRECISE",
        "12345678901234567890123456789012345678901, TOO_LONG",
        "abc, NOT_A_NUMBER",
        "1.2.3, NOT_A_NUMBER",
        "--5, NOT_A_NUMBER",
        "., NOT_A_NUMBER",
        "1e, NOT_A_NUMBER",
        "e5, NOT_A_NUMBER",
        "1 000, NOT_A_NUMBER",
        "'  ', EMPTY"
    })
    void refuses_with_a_reason(String text, Amounts.Refusal reason) {
        assertThat(Amounts.parse(text)).isEqualTo(new Amounts.Result.Refused(reason));
    }

    @Test
    void the_plain_syntax_is_what_the_form_accepted_before() {
        for (var text : new String[] {"+5", ".5", "5.", "1e5"}) {
            assertThat(Amounts.parse(text, Amounts.Syntax.PLAIN))
                    .as(text)
                    .isEqualTo(new Amounts.Result.Refused(Amounts.Refusal.NOT_A_NUMBER));
        }
        assertThat(Amounts.parse("-250000.5", Amounts.Syntax.PLAIN))
                .isEqualTo(new Amounts.Result.Amount(new BigDecimal("-250000.5")));
        assertThat(Amounts.parse("250000,5", new Amounts.Syntax(false, false, false, ',')))
                .isEqualTo(new Amounts.Result.Amount(new BigDecimal("250000.5")));
    }

    @Test
    void no_refusal_message_quotes_the_text() {
        for (var reason : Amounts.Refusal.values()) {
            assertThat(reason.message()).hasSizeLessThan(80).doesNotContain("'");
        }
    }

    static Stream<Named<String>> hostile() {
        return Generated.inputs(1_000, HostileNumbers::text);
    }

    /** Each answered, accepted within the bounds or refused; nothing else thrown (measured: all 1,000 in ~0.3 s). */
    @ParameterizedTest
    @MethodSource("hostile")
    void every_text_is_answered_within_the_bounds(String text) {
        for (var syntax : new Amounts.Syntax[] {Amounts.Syntax.DECIMAL, Amounts.Syntax.PLAIN}) {
            var result = Amounts.parse(text, syntax);
            if (result instanceof Amounts.Result.Amount(var value)) {
                assertThat(text).hasSizeLessThanOrEqualTo(Amounts.MAX_LENGTH);
                assertThat(value.scale()).isBetween(0, Amounts.MAX_SCALE);
                assertThat(value.precision() - value.scale()).isLessThanOrEqualTo(Amounts.MAX_INTEGER_DIGITS);
                assertThat(value).isEqualByComparingTo(new BigDecimal(text));
            } else {
                assertThat(result).isInstanceOf(Amounts.Result.Refused.class);
            }
        }
    }
}
