package com.offerbook.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets that stand in for a sign-in (share links, calendar feeds): 256 bits from a secure random source, written
 * in URL-safe Base64 (43 characters), and stored only as their SHA-256 hash, so a copy of the database opens nothing.
 * A token is looked up by its hash with one indexed equality, so a wrong guess costs the same as any other.
 */
public final class SecretTokens {

    /** Characters of a token as {@link #generate()} writes it. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    /** A new token: 32 random bytes, URL-safe Base64 without padding. */
    public static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token (checked before any look-up, so odd text costs nothing). */
    public static boolean looksLikeToken(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean allowed =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** The stored form of a token: its SHA-256 hash in lower-case hex (64 characters). */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
