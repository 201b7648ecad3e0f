package com.offerbook;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Generated inputs for JUnit parameterized tests: {@code @ParameterizedTest @MethodSource} over
 * {@code Generated.inputs(1_000, random -> …)}. Every input is made from its own seed, named in the test's display
 * name ({@code seed=…}); running the test again with {@code -Dofferbook.seed=<that seed>} makes that failing input
 * first. Without the property each run starts from a fresh random seed, printed once. Maven prints a failed test
 * by its method name, not its display name: a test class with {@code @ExtendWith(Generated.SeedInFailures.class)}
 * gets the failing input's name and seed in front of the failure message.
 *
 * <p>The helpers below make the values inside an input. Like the property-testing libraries, numbers (and so the
 * lengths of texts and lists) lean towards small values and the places where rules break, the ends of a range and
 * zero. The edge cases themselves belong in plain examples as well, so that they are checked on every run.
 */
public final class Generated {

    /** The number of inputs a property gets unless it says otherwise. */
    public static final int TRIES = 1_000;

    /** The letters a to z and A to Z. */
    public static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static final String DIGITS = "0123456789";

    static final int EDGE_ONE_IN = 20;

    private static final int NAME_MAX = 80;

    private Generated() {}

    public static <T> Stream<Named<T>> inputs(Function<RandomGenerator, T> generator) {
        return inputs(TRIES, generator);
    }

    public static <T> Stream<Named<T>> inputs(int count, Function<RandomGenerator, T> generator) {
        var fixed = Long.getLong("offerbook.seed");
        long first = fixed != null ? fixed : new SecureRandom().nextLong();
        if (fixed == null) {
            System.out.println("Generated inputs from seed " + first + " (rerun one with -Dofferbook.seed=<its seed>)");
        }
        return IntStream.range(0, count).mapToObj(i -> {
            long seed = first + i;
            var value = generator.apply(random(seed));
            return Named.of("seed=" + seed + " " + shortly(value), value);
        });
    }

    /** Puts the failing input's name, its seed first, in front of the failure message. */
    public static final class SeedInFailures implements TestExecutionExceptionHandler {

        private static final Pattern SEED = Pattern.compile("seed=(-?\\d+)");

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            var seed = SEED.matcher(context.getDisplayName());
            if (!seed.find()) {
                throw failure;
            }
            throw new AssertionError(
                    "Failed for %s (rerun with -Dofferbook.seed=%s): %s"
                            .formatted(context.getDisplayName(), seed.group(1), failure),
                    failure);
        }
    }

    /** The same generator always makes the same input from the same seed. */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * A number from {@code min} to {@code max}, both included. Like property-testing libraries, it leans towards the
     * value of the range nearest zero: half the time it is drawn across the whole range, half the time within a
     * power of ten (of a random number of digits) of that value; and one time in {@value #EDGE_ONE_IN} it is an end
     * of the range or zero.
     */
    public static long between(RandomGenerator random, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        if (random.nextInt(EDGE_ONE_IN) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> min;
                case 1 -> max;
                default -> nearestZero(min, max);
            };
        }
        if (random.nextBoolean()) {
            return uniform(random, min, max);
        }
        long centre = nearestZero(min, max);
        long widest = Math.max(Math.abs(centre - min), Math.abs(max - centre)); // both fit: centre is 0 or an end
        int digits = widest < 0 ? 19 : String.valueOf(widest).length();
        long bound = digits >= 19 ? Long.MAX_VALUE : (long) Math.pow(10, random.nextInt(digits + 1));
        long low = Long.compareUnsigned(centre - min, bound) <= 0 ? min : centre - bound;
        long high = Long.compareUnsigned(max - centre, bound) <= 0 ? max : centre + bound;
        return uniform(random, low, high);
    }

    private static long nearestZero(long min, long max) {
        return min > 0 ? min : Math.min(max, 0);
    }

    private static long uniform(RandomGenerator random, long min, long max) {
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
    }

    /** A number from {@code min} to {@code max}, both included; sometimes an end of the range or zero. */
    public static int between(RandomGenerator random, int min, int max) {
        return (int) between(random, (long) min, max);
    }

    /** A decimal from {@code min} to {@code max} with {@code scale} digits after the point. */
    public static BigDecimal between(RandomGenerator random, BigDecimal min, BigDecimal max, int scale) {
        long unscaledMin = min.setScale(scale).unscaledValue().longValueExact();
        long unscaledMax = max.setScale(scale).unscaledValue().longValueExact();
        return BigDecimal.valueOf(between(random, unscaledMin, unscaledMax), scale);
    }

    @SafeVarargs
    public static <T> T oneOf(RandomGenerator random, T... values) {
        return values[random.nextInt(values.length)];
    }

    public static <T extends Enum<T>> T oneOf(RandomGenerator random, Class<T> type) {
        return oneOf(random, type.getEnumConstants());
    }

    /** The value of {@code generator}, or null with the given probability. */
    public static <T> @Nullable T orNull(
            RandomGenerator random, double nullProbability, Function<RandomGenerator, T> generator) {
        return random.nextDouble() < nullProbability ? null : generator.apply(random);
    }

    /** {@code min} to {@code max} values of {@code generator}. */
    public static <T> List<T> listOf(RandomGenerator random, int min, int max, Function<RandomGenerator, T> generator) {
        int size = between(random, min, max);
        var list = new ArrayList<T>(size);
        for (int i = 0; i < size; i++) {
            list.add(generator.apply(random));
        }
        return list;
    }

    /**
     * Text of {@code min} to {@code max} characters of the basic plane that a person could type: no surrogate halves,
     * noncharacters or private-use characters; control characters included.
     */
    public static String text(RandomGenerator random, int min, int max) {
        return text(random, min, max, Generated::typeable);
    }

    /** Text of {@code min} to {@code max} characters of the basic plane, any of them. */
    public static String anyText(RandomGenerator random, int min, int max) {
        return text(random, min, max, c -> true);
    }

    /** Text of {@code min} to {@code max} characters, each one of {@code chars}. */
    public static String text(RandomGenerator random, String chars, int min, int max) {
        int length = between(random, min, max);
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }

    private static String text(RandomGenerator random, int min, int max, IntPredicate allowed) {
        int length = between(random, min, max);
        var text = new StringBuilder(length);
        while (text.length() < length) {
            char c = (char) random.nextInt(Character.MAX_VALUE + 1);
            if (allowed.test(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    static boolean typeable(int c) {
        boolean surrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
        boolean privateUse = c >= 0xE000 && c <= 0xF8FF;
        return !surrogate && !noncharacter && !privateUse;
    }

    private static String shortly(Object value) {
        var text = String.valueOf(value).replaceAll("\\p{Cntrl}", "·");
        return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX) + "…";
    }
}
