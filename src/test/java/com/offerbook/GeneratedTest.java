package com.offerbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
