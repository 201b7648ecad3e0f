package com.offerbook.offers;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.VestingSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A package as entered for one revision. Amounts are in the offer's currency. */
public record RevisionDraft(
        RevisionKind kind,
        LocalDate date,
        BigDecimal baseSalary,
        BonusTarget.Kind bonusKind,
        BigDecimal bonusValue,
        EquityKind equityKind,
        BigDecimal equityGrant,
        String vestingPercents,
        int cliffMonths,
        @Nullable BigDecimal strikePrice,
        BigDecimal liquidityDiscountPercent,
        BigDecimal signingBonus,
        int clawbackMonths,
        boolean clawbackProRated,
        BigDecimal relocation,
        BigDecimal otherOneTime,
        String note) {

    /** The vesting schedule; only call once {@link OfferRules} found no problem. */
    public VestingSchedule vesting() {
        return VestingSchedule.parse(vestingPercents, cliffMonths);
    }

    public RevisionDraft withKind(RevisionKind newKind, LocalDate newDate, String newNote) {
        return new RevisionDraft(
                newKind,
                newDate,
                baseSalary,
                bonusKind,
                bonusValue,
                equityKind,
                equityGrant,
                vestingPercents,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                relocation,
                otherOneTime,
                newNote);
    }
}
