package com.offerbook.base;

/** Checks on the text people type, and how a message quotes it, shared by every feature. */
public final class Texts {

    /** The message next to a field whose text holds a control character. */
    public static final String CONTROL_CHARACTERS = "Remove the invisible control characters from this text";

    /** The most characters of what was sent that a message quotes (issue 19: a message once quoted a gigabyte). */
    public static final int EXCERPT_MAX = 20;

    private Texts() {}

    /**
     * What a message may quote of a text that came from outside: at most {@link #EXCERPT_MAX} characters (cut
     * between code points, with "…" when cut), control characters shown as "·". Looks at no more than that much
     * of the text, however long it is.
     */
    public static String excerpt(CharSequence text) {
        int end = text.length() <= EXCERPT_MAX ? text.length() : EXCERPT_MAX;
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        var cut = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            cut.append(c < 0x20 || c == 0x7f ? '·' : c);
        }
        return end < text.length() ? cut.append('…').toString() : cut.toString();
    }

    /**
     * Whether the text holds a control character other than tab and line breaks: nothing a person means to type,
     * and NUL is one that PostgreSQL cannot store at all (found by ServiceInputProperties on PostgreSQL).
     */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }
}
