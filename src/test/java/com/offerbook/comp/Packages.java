package com.offerbook.comp;

import java.math.BigDecimal;
import java.util.Currency;

/** Test fixtures: packages built from the guide's figures. */
final class Packages {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency GBP = Currency.getInstance("GBP");

    private Packages() {}

    /** Base plus an equity grant vesting evenly over 4 years, no bonus, no one-time money. */
    static CompPackage baseAndEquity(long base, long grant, Currency currency, EquityKind kind) {
        return new CompPackage(
                Money.of(base, currency),
                BonusTarget.none(),
                kind,
                Money.of(grant, currency),
                VestingSchedule.even(4, 0),
                null,
                BigDecimal.ZERO,
                SigningBonus.none(currency),
                Money.zero(currency),
                Money.zero(currency));
    }

    static CompPackage withSigning(CompPackage p, long signing, int clawbackMonths, boolean proRated) {
        return new CompPackage(
                p.base(),
                p.bonus(),
                p.equityKind(),
                p.equityGrant(),
                p.vesting(),
                p.strikePrice(),
                p.liquidityDiscountPercent(),
                new SigningBonus(Money.of(signing, p.currency()), clawbackMonths, proRated),
                p.relocation(),
                p.otherOneTime());
    }

    static CompPackage withVesting(CompPackage p, VestingSchedule vesting) {
        return new CompPackage(
                p.base(),
                p.bonus(),
                p.equityKind(),
                p.equityGrant(),
                vesting,
                p.strikePrice(),
                p.liquidityDiscountPercent(),
                p.signingBonus(),
                p.relocation(),
                p.otherOneTime());
    }

    static CompPackage withDiscount(CompPackage p, int discountPercent) {
        return new CompPackage(
                p.base(),
                p.bonus(),
                p.equityKind(),
                p.equityGrant(),
                p.vesting(),
                p.strikePrice(),
                BigDecimal.valueOf(discountPercent),
                p.signingBonus(),
                p.relocation(),
                p.otherOneTime());
    }
}
