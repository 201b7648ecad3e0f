package com.offerbook.comp;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Valuation input broke a rule. {@link #problems()} says, per field, what is wrong in words for a person. */
public class ValuationInputException extends IllegalArgumentException {

    private final Map<ValuationField, String> problems;

    public ValuationInputException(Map<ValuationField, String> problems) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalStateException("A refusal names at least one problem");
        }
        this.problems = Map.copyOf(problems);
    }

    public ValuationInputException(ValuationField field, String message) {
        this(Map.of(field, message));
    }

    public Map<ValuationField, String> problems() {
        return problems;
    }

    /** Throws when {@code problems} is not empty. */
    static void throwIfAny(EnumMap<ValuationField, String> problems) {
        if (!problems.isEmpty()) {
            throw new ValuationInputException(problems);
        }
    }
}
