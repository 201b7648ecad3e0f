package com.offerbook.bands;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The columns of one band component; mapped to base_*, equity_*, bonus_* and total_* by the entity. */
@Embeddable
class RangeColumns {

    @Column(name = "min", precision = 15, scale = 2)
    private @Nullable BigDecimal min;

    @Column(name = "max", precision = 15, scale = 2)
    private @Nullable BigDecimal max;

    @Column(name = "p25", precision = 15, scale = 2)
    private @Nullable BigDecimal p25;

    @Column(name = "p50", precision = 15, scale = 2)
    private @Nullable BigDecimal p50;

    @Column(name = "p75", precision = 15, scale = 2)
    private @Nullable BigDecimal p75;

    @Column(name = "p90", precision = 15, scale = 2)
    private @Nullable BigDecimal p90;

    protected RangeColumns() {
        // for JPA
    }

    RangeColumns(@Nullable Range range) {
        if (range != null) {
            min = range.min();
            max = range.max();
            p25 = range.p25();
            p50 = range.p50();
            p75 = range.p75();
            p90 = range.p90();
        }
    }

    @Nullable
    Range toRange() {
        return min == null || max == null ? null : new Range(min, max, p25, p50, p75, p90);
    }
}
