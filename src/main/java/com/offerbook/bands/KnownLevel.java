package com.offerbook.bands;

import java.util.List;

/** A company's level as the level mapping names it, and the other names people use for it ("L6", "Senior …"). */
public record KnownLevel(String company, String level, List<String> alsoCalled) {

    /** "L6", or "Applied Scientist III (L6, Senior Applied Scientist)". */
    public String label() {
        return alsoCalled.isEmpty() ? level : level + " (" + String.join(", ", alsoCalled) + ")";
    }
}
