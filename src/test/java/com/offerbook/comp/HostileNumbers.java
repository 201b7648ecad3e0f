package com.offerbook.comp;

import java.util.random.RandomGenerator;

/**
 * Number texts an attacker would send (issue 19): huge and tiny exponents, thousands of digits, long scales, signs
 * and separators in odd places, and plain good numbers among them, so that both answers are exercised.
 */
public final class HostileNumbers {

    private static final String JUNK = "0123456789eE+-.,_ $k m\u0660\uff11\t\u00a0'\"";

    private HostileNumbers() {}

    public static String text(RandomGenerator random) {
        return switch (random.nextInt(9)) {
            case 0 -> mantissa(random) + "E" + sign(random) + exponent(random);
            case 1 -> mantissa(random) + "e" + sign(random) + random.nextInt(40);
            case 2 -> sign(random) + digits(random, 1 + random.nextInt(random.nextBoolean() ? 30 : 100_000));
            case 3 ->
                sign(random) + digits(random, 1 + random.nextInt(20)) + "."
                        + digits(random, 1 + random.nextInt(random.nextBoolean() ? 12 : 50_000));
            case 4 -> "0." + "0".repeat(random.nextInt(100_000)) + "1";
            case 5 -> junk(random, 1 + random.nextInt(random.nextBoolean() ? 12 : 5_000));
            case 6 -> String.valueOf(random.nextLong(0, 1_000_000_000L));
            case 7 -> random.nextLong(0, 100_000_000L) + "." + String.format("%02d", random.nextInt(100));
            default -> "1E" + sign(random) + "9".repeat(1 + random.nextInt(30));
        };
    }

    private static String mantissa(RandomGenerator random) {
        return sign(random)
                + digits(random, 1 + random.nextInt(12))
                + (random.nextBoolean() ? "." + digits(random, random.nextInt(12)) : "");
    }

    private static String exponent(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(random.nextInt(30));
            case 1 -> String.valueOf(Integer.MAX_VALUE - random.nextInt(10));
            case 2 -> "999999999";
            default -> String.valueOf(random.nextLong(0, Long.MAX_VALUE));
        };
    }

    private static String sign(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> "-";
            case 1 -> "+";
            default -> "";
        };
    }

    private static String digits(RandomGenerator random, int count) {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static String junk(RandomGenerator random, int count) {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(JUNK.charAt(random.nextInt(JUNK.length())));
        }
        return text.toString();
    }
}
