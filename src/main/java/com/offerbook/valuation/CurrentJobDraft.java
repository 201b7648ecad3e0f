package com.offerbook.valuation;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The job the user would leave, as a form holds it. Months count from {@code recordedOn}: each tranche vests at the
 * end of month {@code month} with its value on that day; {@code leaveMonth} is when the user would leave;
 * {@code bonusPaidInMonths} is when the next annual bonus is paid (1–12 months away); the repayable bonus has
 * {@code repayableClawbackMonths} of clawback of which {@code monthsServed} have passed. Problems of the
 * assumptions are keyed {@code assumptions.<field>}.
 */
public record CurrentJobDraft(
        String company,
        String currency,
        BigDecimal baseSalary,
        BonusTarget.Kind bonusKind,
        BigDecimal bonusValue,
        EquityKind equityKind,
        LocalDate recordedOn,
        int leaveMonth,
        int bonusPaidInMonths,
        BigDecimal repayableAmount,
        int repayableClawbackMonths,
        boolean repayableProRated,
        int monthsServed,
        List<Tranche> tranches,
        AssumptionsDraft assumptions) {

    public CurrentJobDraft {
        tranches = List.copyOf(tranches);
    }

    /** Equity vesting at the end of month {@code month} after {@code recordedOn}, at its value on that day. */
    public record Tranche(int month, BigDecimal amount) {}
}
