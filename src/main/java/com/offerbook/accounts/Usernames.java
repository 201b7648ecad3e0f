package com.offerbook.accounts;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How user names are compared, checked and written into logs. Sign-up, the account look-up at sign-in and the
 * sign-in throttle all compare names by {@link #key}, so a name that looks different but means the same account
 * (other case, fullwidth letters, a dotless i) is the same account everywhere: it is refused as taken at sign-up, it
 * signs in to that account and it is throttled with it.
 */
public final class Usernames {

    /**
     * Case folding can make a name longer (ß becomes ss); three times the longest name holds every folded name
     * (Unicode's full case folding maps a character to at most three). The database column has this length.
     */
    public static final int KEY_MAX_LENGTH = 3 * UserAccount.USERNAME_MAX_LENGTH;

    /**
     * What is typed at sign-in is cut to this before it is normalised: no account name is longer after NFKC, and a
     * megabyte typed into the field costs nothing.
     */
    static final int INPUT_MAX_LENGTH = 4 * UserAccount.USERNAME_MAX_LENGTH;

    /**
     * The script combinations that count as one writing system (UTS #39 section 5.2, "highly restrictive"): Japanese
     * mixes Han, Hiragana and Katakana, Chinese Han and Bopomofo, Korean Han and Hangul; each may add Latin.
     */
    private static final List<Set<UnicodeScript>> ONE_WRITING_SYSTEM = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private Usernames() {}

    /** A name as it is stored and shown: Unicode NFKC (fullwidth and other compatibility forms made plain), trimmed. */
    public static String normalise(String name) {
        var cut = name.length() > INPUT_MAX_LENGTH ? name.substring(0, INPUT_MAX_LENGTH) : name;
        return Normalizer.normalize(cut, Normalizer.Form.NFKC).strip();
    }

    /**
     * The key two names are compared by: NFKC, then case folding without a locale. Java has no case folding of its
     * own; upper case then lower case (both {@link Locale#ROOT}) gives Unicode's full case folding for the letters a
     * name may hold, including ß → ss and ſ → s. The Turkic dotless ı folds to i (its upper case is I), so
     * {@code alıce} is the account {@code alice}: the look-up and the throttle agree on it, and nobody can register a
     * look-alike of alice with it. The dotted capital İ stays apart (it folds to i with a combining dot).
     */
    public static String key(String name) {
        var folded = normalise(name).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /**
     * Refuses a name whose letters come from more than one writing system, like a Cyrillic а among Latin letters
     * ({@code аlice} looks like alice but is not). Digits and . _ - @ belong to every script (Unicode's Common), so
     * they go with any.
     */
    public static Optional<String> scriptProblem(String name) {
        var scripts = EnumSet.noneOf(UnicodeScript.class);
        name.codePoints()
                .mapToObj(UnicodeScript::of)
                .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
                .forEach(scripts::add);
        if (scripts.size() <= 1 || ONE_WRITING_SYSTEM.stream().anyMatch(system -> system.containsAll(scripts))) {
            return Optional.empty();
        }
        return Optional.of("Use letters of one script only (not Latin and Cyrillic letters mixed, for example)");
    }

    /**
     * A name as it may appear in a log line: cut to the longest possible name, and every control, format or line
     * separator character written as an escape ({@code \r}, {@code \n}, {@code \u202e}), so that no name can start a
     * line of its own or reorder the text around it. The result is quoted.
     */
    public static String forLog(String name) {
        var cut = name.length() > UserAccount.USERNAME_MAX_LENGTH;
        var shown = cut ? name.substring(0, UserAccount.USERNAME_MAX_LENGTH) : name;
        var out = new StringBuilder(shown.length() + 8).append('"');
        shown.codePoints().forEach(c -> {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    var type = Character.getType(c);
                    if (type == Character.CONTROL
                            || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || type == Character.SURROGATE
                            || type == Character.UNASSIGNED) {
                        out.append("\\u").append("%04x".formatted(c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        out.append('"');
        if (cut) {
            out.append("…(").append(name.length()).append(" characters)");
        }
        return out.toString();
    }
}
