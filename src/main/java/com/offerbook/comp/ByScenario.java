package com.offerbook.comp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One figure under bear, base and bull, and weighted over the three. */
public record ByScenario(Map<Scenario, Money> values, Money expected) {

    public ByScenario {
        values = Map.copyOf(new EnumMap<>(values));
        for (var scenario : Scenario.values()) {
            Objects.requireNonNull(values.get(scenario), () -> "No figure for " + scenario);
        }
    }

    public Money get(Scenario scenario) {
        return Objects.requireNonNull(values.get(scenario));
    }

    public Money bear() {
        return get(Scenario.BEAR);
    }

    public Money base() {
        return get(Scenario.BASE);
    }

    public Money bull() {
        return get(Scenario.BULL);
    }

    /** The figure under every scenario priced by {@code scenarios}, weighted. */
    static ByScenario weighted(Map<Scenario, Money> values, Scenarios scenarios) {
        return new ByScenario(values, scenarios.expected(values));
    }
}
