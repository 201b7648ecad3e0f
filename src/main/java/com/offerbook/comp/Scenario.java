package com.offerbook.comp;

/** The three futures a user weighs: a bad one, the one they expect, a good one. */
public enum Scenario {
    BEAR("Bear"),
    BASE("Base"),
    BULL("Bull");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
