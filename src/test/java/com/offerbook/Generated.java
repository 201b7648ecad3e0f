package com.offerbook;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Generated inputs for JUnit parameterized tests: {@code @ParameterizedTest @MethodSource} over
 * {@code Generated.inputs(1_000, random -> …)}. Every input is made from its own seed, named in the test's display
 * name ({@code seed=…}); running the test again with {@code -Dofferbook.seed=<that seed>} makes that failing input
 * first. Without the property each run starts from a fresh random seed, printed once.
 */
public final class Generated {

    /** The number of inputs a property gets unless it says otherwise. */
    public static final int TRIES = 1_000;

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

    /** The same generator always makes the same input from the same seed. */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    private static String shortly(Object value) {
        var text = String.valueOf(value).replaceAll("\\p{Cntrl}", "·");
        return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX) + "…";
    }
}
