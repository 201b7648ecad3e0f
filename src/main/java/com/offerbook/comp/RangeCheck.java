package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The consistency check of a band that states base, equity and total comp: each end of the total-comp range
 * must equal base + equity / vesting years (+ bonus) within 1 %. The guide's bands pass: 265K + 425K/4 =
 * 371.25K against a stated 371K.
 */
public final class RangeCheck {

    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private RangeCheck() {}

    /** Problems found, each naming the end and both figures; empty when consistent or when totals are not stated. */
    public static List<String> totalCompMismatches(
            Money baseMin,
            Money baseMax,
            @Nullable Money equityMin,
            @Nullable Money equityMax,
            int vestingYears,
            @Nullable Money bonusMin,
            @Nullable Money bonusMax,
            @Nullable Money totalMin,
            @Nullable Money totalMax) {
        var problems = new ArrayList<String>();
        if (totalMin == null || totalMax == null || equityMin == null || equityMax == null) {
            return problems;
        }
        var years = BigDecimal.valueOf(vestingYears);
        var expectedMin = baseMin.plus(equityMin.dividedBy(years))
                .plus(bonusMin == null ? Money.zero(baseMin.currency()) : bonusMin);
        var expectedMax = baseMax.plus(equityMax.dividedBy(years))
                .plus(bonusMax == null ? Money.zero(baseMax.currency()) : bonusMax);
        check(problems, "minimum", expectedMin, totalMin);
        check(problems, "maximum", expectedMax, totalMax);
        return problems;
    }

    private static void check(List<String> problems, String end, Money expected, Money stated) {
        var difference = stated.minus(expected).amount().abs();
        var allowed = expected.amount().abs().multiply(TOLERANCE, Money.PRECISION);
        if (difference.compareTo(allowed) > 0) {
            problems.add(
                    "Total comp %s is %s, but base + equity / vesting years + bonus gives %s (more than 1 %% apart)"
                            .formatted(end, stated.format(), expected.rounded().format()));
        }
    }
}
