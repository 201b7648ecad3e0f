package com.offerbook.offers;

import com.offerbook.comp.Benefits;
import com.offerbook.comp.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * An offer's yearly benefits as entered, in the offer's currency (see {@link Benefits}): checked by
 * {@link OfferRules#check(BenefitsDraft)} before it becomes money.
 */
public record BenefitsDraft(
        BigDecimal matchPercent,
        BigDecimal matchLimitPercent,
        @Nullable BigDecimal matchCap,
        BigDecimal health,
        BigDecimal other) {

    public static BenefitsDraft from(Benefits benefits) {
        return new BenefitsDraft(
                benefits.matchPercent(),
                benefits.matchLimitPercent(),
                benefits.matchCap() == null ? null : benefits.matchCap().amount(),
                benefits.health().amount(),
                benefits.other().amount());
    }

    Benefits in(Currency currency) {
        return new Benefits(
                matchPercent,
                matchLimitPercent,
                matchCap == null ? null : new Money(matchCap, currency),
                new Money(health, currency),
                new Money(other, currency));
    }
}
