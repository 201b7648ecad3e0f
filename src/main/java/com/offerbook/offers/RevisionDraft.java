package com.offerbook.offers;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.Money;
import com.offerbook.comp.SigningBonus;
import com.offerbook.comp.VestingFrequency;
import com.offerbook.comp.VestingSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A package as entered for one revision. Amounts are in the offer's currency.
 *
 * <p>Nothing is assumed that the user did not enter: {@code cliffMonths} is null until a cliff is chosen (0 is "no
 * cliff", a choice), and {@code clawbackMonths} is null until a clawback is entered (0 is "not repayable"). The
 * signing bonus is the payment in year 1 ({@code signingBonus}, its clawback and whether repayment is pro-rated) and
 * any payments in later years ({@code laterSigningPayments}, e.g. Amazon's year-2 payment). Components added after
 * the first export format ({@code vestingFrequency}, {@code laterSigningPayments}) default to monthly vesting and no
 * later payments when missing, so older export files still import.
 */
public record RevisionDraft(
        RevisionKind kind,
        LocalDate date,
        BigDecimal baseSalary,
        BonusTarget.Kind bonusKind,
        BigDecimal bonusValue,
        EquityKind equityKind,
        BigDecimal equityGrant,
        String vestingPercents,
        VestingFrequency vestingFrequency,
        @Nullable Integer cliffMonths,
        @Nullable BigDecimal strikePrice,
        BigDecimal liquidityDiscountPercent,
        BigDecimal signingBonus,
        @Nullable Integer clawbackMonths,
        boolean clawbackProRated,
        List<SigningPayment> laterSigningPayments,
        BigDecimal relocation,
        BigDecimal otherOneTime,
        String note) {

    /** A signing bonus payment in a year after the first, with its own clawback (counted from its payment). */
    public record SigningPayment(int year, BigDecimal amount, int clawbackMonths, boolean proRated) {}

    public RevisionDraft {
        // Export files of the first format have neither component.
        if (vestingFrequency == null) {
            vestingFrequency = VestingFrequency.MONTHLY;
        }
        laterSigningPayments = laterSigningPayments == null
                ? List.of()
                : laterSigningPayments.stream()
                        .sorted(Comparator.comparingInt(SigningPayment::year))
                        .toList();
    }

    /**
     * The start of a new offer's first revision: nothing but the date and four-year even vesting filled in; no cliff,
     * clawback or signing bonus assumed.
     */
    public static RevisionDraft empty(LocalDate date) {
        return new RevisionDraft(
                RevisionKind.COMPANY_OFFER,
                date,
                BigDecimal.ZERO,
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.NONE,
                BigDecimal.ZERO,
                "25/25/25/25",
                VestingFrequency.MONTHLY,
                null,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                false,
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "");
    }

    /** The vesting schedule (no cliff when none was chosen); only call once {@link OfferRules} found no problem. */
    public VestingSchedule vesting() {
        return VestingSchedule.parse(vestingPercents, cliffMonths == null ? 0 : cliffMonths, vestingFrequency);
    }

    /** The signing bonus with all its payments; only call once {@link OfferRules} found no problem. */
    public SigningBonus signing(Currency currency) {
        var bonus = new SigningBonus(new Money(signingBonus, currency), yearOneClawbackMonths(), yearOneProRated());
        for (var payment : laterSigningPayments) {
            if (payment.amount().signum() > 0) {
                bonus = bonus.with(new SigningBonus.Payment(
                        payment.year(),
                        new Money(payment.amount(), currency),
                        payment.clawbackMonths(),
                        payment.proRated()));
            }
        }
        return bonus;
    }

    /** The clawback of the year-1 payment: none where nothing is paid in year 1, whatever the form held. */
    public int yearOneClawbackMonths() {
        return signingBonus.signum() > 0 && clawbackMonths != null ? clawbackMonths : 0;
    }

    /** Whether repaying the year-1 payment is pro-rated: never where nothing is paid in year 1. */
    public boolean yearOneProRated() {
        return signingBonus.signum() > 0 && clawbackProRated;
    }

    /** The signing bonus, all years together. */
    public BigDecimal signingBonusTotal() {
        return laterSigningPayments.stream().map(SigningPayment::amount).reduce(signingBonus, BigDecimal::add);
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
        return withAmounts(RevisionKind.COUNTER, counterDate, askedBase, askedGrant, askedSigning, message);
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
                vestingFrequency,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                signingBonus,
                clawbackMonths,
                clawbackProRated,
                laterSigningPayments,
                relocation,
                otherOneTime,
                newNote);
    }

    /**
     * This package with other base, grant and signing bonus total (a counter built from the company's offer): the
     * rest stays as it is. A signing bonus paid over several years keeps its split: each payment is scaled so they
     * add up to the new total (cents rounded into year 1).
     */
    public RevisionDraft withAmounts(
            RevisionKind newKind,
            LocalDate newDate,
            BigDecimal newBase,
            BigDecimal newGrant,
            BigDecimal newSigningTotal,
            String newNote) {
        var total = signingBonusTotal();
        var later = new ArrayList<SigningPayment>();
        var yearOne = newSigningTotal;
        if (total.signum() > 0) {
            for (var payment : laterSigningPayments) {
                var scaled = payment.amount().multiply(newSigningTotal).divide(total, 2, RoundingMode.HALF_EVEN);
                later.add(new SigningPayment(payment.year(), scaled, payment.clawbackMonths(), payment.proRated()));
                yearOne = yearOne.subtract(scaled);
            }
        }
        return new RevisionDraft(
                newKind,
                newDate,
                newBase,
                bonusKind,
                bonusValue,
                equityKind,
                newGrant,
                vestingPercents,
                vestingFrequency,
                cliffMonths,
                strikePrice,
                liquidityDiscountPercent,
                yearOne,
                clawbackMonths,
                clawbackProRated,
                later,
                relocation,
                otherOneTime,
                newNote);
    }
}
