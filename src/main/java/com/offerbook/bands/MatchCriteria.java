package com.offerbook.bands;

import org.jspecify.annotations.Nullable;

/** What an offer says about itself that matters for finding its band. */
public record MatchCriteria(String company, String roleFamily, String levelLabel, String region, @Nullable Long pinnedBandId) {
}
