package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class GeneratedTest {

    @Test
    void the_same_seed_makes_the_same_inputs_and_each_input_names_its_seed() {
        System.setProperty("offerbook.seed", "42");
        try {
            var first = Generated.inputs(5, random -> random.nextLong()).toList();
            var again = Generated.inputs(5, random -> random.nextLong()).toList();

            assertThat(first).hasSize(5);
            assertThat(first.getFirst().getName()).startsWith("seed=42 ");
            assertThat(first.get(4).getName()).startsWith("seed=46 ");
            assertThat(first.stream().map(n -> n.getPayload()).toList())
                    .isEqualTo(again.stream().map(n -> n.getPayload()).toList());
            assertThat(Generated.inputs(1, random -> random.nextLong())
                            .findFirst()
                            .orElseThrow()
                            .getPayload())
                    .isEqualTo(Generated.random(42).nextLong());
        } finally {
            System.clearProperty("offerbook.seed");
        }
    }

    @Test
    void a_failure_names_the_input_and_its_seed() {
        var context = mock(ExtensionContext.class);
        when(context.getDisplayName()).thenReturn("[3] seed=-42 Bonus[amount=1]");
        var failure = new AssertionError("expected 0");

        assertThatThrownBy(() -> new Generated.SeedInFailures().handleTestExecutionException(context, failure))
                .hasMessageStartingWith("Failed for [3] seed=-42 Bonus[amount=1] (rerun with -Dofferbook.seed=-42)")
                .hasMessageContaining("expected 0")
                .hasCause(failure);

        when(context.getDisplayName()).thenReturn("an example");
        assertThatThrownBy(() -> new Generated.SeedInFailures().handleTestExecutionException(context, failure))
                .isSameAs(failure);
    }

    @Test
    void numbers_stay_in_their_range_and_reach_both_ends_and_zero() {
        var random = Generated.random(1);
        var seen = new HashSet<Long>();
        for (int i = 0; i < 2_000; i++) {
            long value = Generated.between(random, -3L, 1_000_000L);
            assertThat(value).isBetween(-3L, 1_000_000L);
            seen.add(value);
        }
        assertThat(seen).contains(-3L, 0L, 1_000_000L);
        assertThat(IntStream.range(0, 100).map(i -> Generated.between(random, 7, 7)))
                .containsOnly(7);
        assertThatCode(() -> Generated.between(random, Long.MIN_VALUE, Long.MAX_VALUE))
                .doesNotThrowAnyException();
    }

    @Test
    void numbers_lean_towards_the_value_nearest_zero() {
        var random = Generated.random(5);
        int nearMin = 0;
        for (int i = 0; i < 1_000; i++) {
            nearMin += Generated.between(random, 3_000, 5_000) < 3_100 ? 1 : 0;
        }
        assertThat(nearMin).as("3,000 to 5,000 drawn below 3,100").isGreaterThan(200);
        assertThat(Stream.generate(() -> Generated.between(random, -1_000_000L, 1_000_000L))
                        .limit(1_000)
                        .filter(n -> Math.abs(n) < 1_000)
                        .count())
                .as("of a million either side, within a thousand of zero")
                .isGreaterThan(200);
    }

    @Test
    void decimals_have_the_scale_asked_for_and_stay_in_their_range() {
        var random = Generated.random(2);
        for (int i = 0; i < 1_000; i++) {
            var value = Generated.between(random, BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000), 6);
            assertThat(value.scale()).isEqualTo(6);
            assertThat(value).isBetween(BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000));
        }
    }

    @Test
    void texts_have_the_length_and_characters_asked_for() {
        var random = Generated.random(3);
        var lengths = new HashSet<Integer>();
        for (int i = 0; i < 1_000; i++) {
            var typed = Generated.text(random, 1, 40);
            assertThat(typed.length()).isBetween(1, 40);
            assertThat(typed.chars().allMatch(Generated::typeable)).as(typed).isTrue();
            assertThat(Generated.text(random, "ab", 0, 3)).matches("[ab]{0,3}");
            lengths.add(Generated.anyText(random, 0, 5).length());
        }
        assertThat(lengths).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(Generated.typeable('a')).isTrue();
        assertThat(Generated.typeable('\u0000')).isTrue();
        assertThat(Generated.typeable('\uD800')).isFalse();
        assertThat(Generated.typeable('\uFFFF')).isFalse();
        assertThat(Generated.typeable('\uE000')).isFalse();
    }

    @Test
    void lists_choices_and_nulls_come_in_the_shapes_asked_for() {
        var random = Generated.random(4);
        var sizes = new HashSet<Integer>();
        int nulls = 0;
        for (int i = 0; i < 1_000; i++) {
            var list = Generated.listOf(random, 0, 3, r -> Generated.oneOf(r, "x", "y"));
            sizes.add(list.size());
            assertThat(list).isSubsetOf("x", "y");
            if (Generated.orNull(random, 0.3, r -> "value") == null) {
                nulls++;
            }
        }
        assertThat(sizes).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(nulls).isBetween(200, 400);
    }
}
