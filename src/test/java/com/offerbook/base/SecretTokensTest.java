package com.offerbook.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokens_are_43_url_safe_characters_and_never_repeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var token = SecretTokens.generate();
            assertThat(token).hasSize(SecretTokens.LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(SecretTokens.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void the_stored_hash_is_sha256_hex_and_not_the_token() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        var token = SecretTokens.generate();
        assertThat(SecretTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(SecretTokens.hash(token));
    }

    @Test
    void text_of_another_shape_is_not_a_token() {
        assertThat(SecretTokens.looksLikeToken("")).isFalse();
        assertThat(SecretTokens.looksLikeToken("a".repeat(42))).isFalse();
        assertThat(SecretTokens.looksLikeToken("a".repeat(44))).isFalse();
        assertThat(SecretTokens.looksLikeToken("a".repeat(42) + "=")).isFalse();
        assertThat(SecretTokens.looksLikeToken("a".repeat(42) + "/")).isFalse();
        assertThat(SecretTokens.looksLikeToken("a".repeat(43))).isTrue();
    }
}
