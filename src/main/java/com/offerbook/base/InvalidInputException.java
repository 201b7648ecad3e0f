package com.offerbook.base;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input broke a rule; nothing was saved. {@link #problems()} maps each field name (the name of the record
 * component it came from) to a message for a person, so a form can show it next to the field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
