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

    /**
     * The user's counter to this package: the same terms (bonus, vesting, clawback, one-time money) with the asked
     * base salary, equity grant and signing bonus, and the counter message as the note.
     */
    public RevisionDraft counter(
            LocalDate counterDate,
            BigDecimal askedBase,
            BigDecimal askedGrant,
            BigDecimal askedSigning,
            String message) {
        return new RevisionDraft(
                RevisionKind.COUNTER,
                counterDate,
                askedBase,
                bonusKind,
                bonusValue,
                equityKind,
                askedGrant,
                vestingPercents,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                askedSigning,
                clawbackMonths,
                clawbackProRated,
                relocation,
                otherOneTime,
                message);
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
