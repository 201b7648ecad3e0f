package com.offerbook.bands;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One component of a band: its range (min and max, which is a range, never a percentile) and, when a source
 * gives them, the 25th, 50th, 75th and 90th percentiles.
 */
public record Range(
        BigDecimal min,
        BigDecimal max,
        @Nullable BigDecimal p25,
        @Nullable BigDecimal p50,
        @Nullable BigDecimal p75,
        @Nullable BigDecimal p90) {

    public static Range of(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, null, null, null);
    }

    public boolean hasPercentiles() {
        return p25 != null || p50 != null || p75 != null || p90 != null;
    }
}
