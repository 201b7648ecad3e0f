package com.offerbook.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Our RFC 6238 code against every test vector of the RFC's appendix B (RFC 6238, May 2011), and Base32 (RFC 4648). */
class TotpTest {

    /** The appendix's seeds: the ASCII digits "1234567890" repeated to 20, 32 and 64 bytes. */
    static byte[] seed(int bytes) {
        return "1234567890".repeat(7).substring(0, bytes).getBytes(StandardCharsets.US_ASCII);
    }

    static Stream<Arguments> appendixB() {
        return Stream.of(
                Arguments.of(59L, "94287082", "46119246", "90693936"),
                Arguments.of(1111111109L, "07081804", "68084774", "25091201"),
                Arguments.of(1111111111L, "14050471", "67062674", "99943326"),
                Arguments.of(1234567890L, "89005924", "91819424", "93441116"),
                Arguments.of(2000000000L, "69279037", "90698825", "38618901"),
                Arguments.of(20000000000L, "65353130", "77737706", "47863826"));
    }

    @ParameterizedTest(name = "T = {0} s")
    @MethodSource("appendixB")
    void every_rfc_6238_vector_comes_out(long seconds, String sha1, String sha256, String sha512) {
        var step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(seed(20), step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(seed(32), step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(seed(64), step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void offerbooks_six_digit_code_is_the_last_six_digits_of_the_sha1_vector() {
        assertThat(Totp.code(seed(20), Totp.step(Instant.ofEpochSecond(1111111109L))))
                .isEqualTo("081804");
        assertThat(Totp.code(seed(20), Totp.step(Instant.ofEpochSecond(59L)))).isEqualTo("287082");
    }

    @ParameterizedTest
    @CsvSource({"f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void base32_follows_rfc_4648_and_reads_back(String text, String base32) {
        var bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.base32(bytes)).isEqualTo(base32);
        assertThat(Totp.fromBase32(base32.toLowerCase())).isEqualTo(bytes);
        assertThat(Totp.fromBase32(base32 + "======")).isEqualTo(bytes);
    }

    @Test
    void a_new_secret_is_160_bits_and_text_that_is_not_base32_is_refused() {
        assertThat(Totp.fromBase32(Totp.newSecret())).hasSize(Totp.SECRET_BYTES);
        assertThat(Totp.newSecret()).isNotEqualTo(Totp.newSecret());
        assertThatThrownBy(() -> Totp.fromBase32("ABC1")).isInstanceOf(IllegalArgumentException.class);
    }
}
