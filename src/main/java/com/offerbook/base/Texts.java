package com.offerbook.base;

/** A check on the text people type, shared by every feature's rules. */
public final class Texts {

    /** The message next to a field whose text holds a control character. */
    public static final String CONTROL_CHARACTERS = "Remove the invisible control characters from this text";

    private Texts() {}

    /**
     * Whether the text holds a control character other than tab and line breaks: nothing a person means to type,
     * and NUL is one that PostgreSQL cannot store at all (found by ServiceInputProperties on PostgreSQL).
     */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
    }
}
