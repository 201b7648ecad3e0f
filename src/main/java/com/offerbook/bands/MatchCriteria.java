package com.offerbook.bands;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an offer says about itself that matters for finding its band. */
public record MatchCriteria(
        String company,
        String roleFamily,
        String levelLabel,
        String region,
        @Nullable Long pinnedBandId) {

    /** The stored key of the bands of the same company, role family and region as this offer. */
    public String key() {
        return key(company, roleFamily, region);
    }

    public static String key(String company, String roleFamily, String region) {
        return String.join("|", company.strip(), roleFamily.strip(), region.strip())
                .toLowerCase(Locale.ROOT);
    }
}
