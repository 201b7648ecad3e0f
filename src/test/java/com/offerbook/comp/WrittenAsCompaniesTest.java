package com.offerbook.comp;

import static com.offerbook.comp.Packages.USD;
import static com.offerbook.comp.Packages.baseAndEquity;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Offers as companies write them, in the figures a user can check by hand (today's API only). */
class WrittenAsCompaniesTest {

    @Test
    void a_signing_bonus_of_zero_has_no_clawback() {
        var none = new SigningBonus(Money.zero(USD), 12, true);

        assertThat(none.clawbackMonths()).isZero();
        assertThat(none.exposureAfter(0).isZero()).isTrue();
    }

    @Test
    void a_target_bonus_stated_as_a_percentage_says_percent_of_base_in_the_change_list() {
        var before = baseAndEquity(200_000, 400_000, USD, EquityKind.PUBLIC_RSU);
        var after = new CompPackage(
                before.base(),
                new BonusTarget(BonusTarget.Kind.PERCENT_OF_BASE, BigDecimal.valueOf(15)),
                before.equityKind(),
                before.equityGrant(),
                before.vesting(),
                null,
                BigDecimal.ZERO,
                before.signingBonus(),
                before.relocation(),
                before.otherOneTime());

        var change = PackageChange.between(before, after);

        assertThat(change.changes()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Target bonus (15 % of base)");
            assertThat(c.delta()).isEqualTo(Money.of(30_000, USD));
        });
    }
}
