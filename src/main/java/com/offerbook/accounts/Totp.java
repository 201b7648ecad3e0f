package com.offerbook.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), written here over {@link Mac}: no library for it
 * is among the ones this project's registry serves, and the algorithm is short (checked against every vector of RFC
 * 6238 appendix B, TotpTest). Offerbook's codes are the ones every authenticator app makes by default: HMAC-SHA-1,
 * 6 digits, 30-second steps counted from the Unix epoch. Secrets are written in Base32 (RFC 4648, no padding), as
 * the otpauth:// URI and the apps expect.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** 160 bits, the length RFC 4226 recommends and HMAC-SHA-1's own output length. */
    public static final int SECRET_BYTES = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** The 30-second step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** Offerbook's code (HMAC-SHA-1, 6 digits) for a step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /**
     * RFC 4226 section 5.3: the HMAC of the step as 8 big-endian bytes, dynamically truncated to 31 bits, the last
     * {@code digits} decimal digits with leading zeros. {@code algorithm} is HmacSHA1, HmacSHA256 or HmacSHA512.
     */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] hash;
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24
                | (hash[offset + 1] & 0xff) << 16
                | (hash[offset + 2] & 0xff) << 8
                | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        var text = Long.toString(binary % modulus);
        return "0".repeat(digits - text.length()) + text;
    }

    /** A new secret from a secure random source, in Base32. */
    public static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** RFC 4648 Base32 without padding. */
    public static String base32(byte[] bytes) {
        var text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /**
     * Reads Base32 as people copy it: case, spaces and padding do not matter.
     *
     * @throws IllegalArgumentException for any other character
     */
    public static byte[] fromBase32(String text) {
        var clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        var out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < clean.length(); i++) {
            int value = BASE32.indexOf(clean.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
