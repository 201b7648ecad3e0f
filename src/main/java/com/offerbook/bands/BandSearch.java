package com.offerbook.bands;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How band names are searched: the text a user types and the stored search columns ({@code search_company},
 * {@code search_level}) go through the same {@link #normalise}, so "zurich" finds "Zürich AG" and "ACME" finds
 * "Acme". A search matches from the start of the name ({@link #prefixPattern}), which an index answers on H2 and
 * PostgreSQL alike (docs/decisions/015-band-search-column.md).
 */
public final class BandSearch {

    /** The character that escapes {@code %}, {@code _} and itself in the LIKE patterns made here. */
    static final char ESCAPE = '!';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BandSearch() {}

    /**
     * Lower case, accents and other combining marks removed (after compatibility decomposition, so "ﬁ" is "fi" and
     * "é" is "e"), runs of white space as one space, no space at either end. Never longer than the text.
     */
    public static String normalise(String text) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        var folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        var result = SPACES.matcher(folded).replaceAll(" ").strip();
        // NFKD can lengthen a text ("½" is "1⁄2"); the column is as long as the name, so the rare longer one is cut.
        return result.length() <= text.length()
                ? result
                : result.substring(0, text.length()).strip();
    }

    /**
     * A band's combination of role family, region, currency and searched level as one text: the indexed
     * {@code band.facet_key} the bands grid reads a rare combination through ({@link BandFacets}). Migration V035
     * wrote it in SQL the same way for the bands that existed.
     */
    public static String facetKey(String roleFamily, String region, String currency, String searchLevel) {
        return String.join("|", roleFamily, region, currency, searchLevel);
    }

    /** A LIKE pattern (escape {@link #ESCAPE}) for names starting with {@code typed}; empty when nothing is typed. */
    static String prefixPattern(String typed) {
        var normalised = normalise(typed);
        if (normalised.isEmpty()) {
            return "";
        }
        var escaped = new StringBuilder(normalised.length() + 1);
        for (char c : normalised.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.append('%').toString();
    }
}
