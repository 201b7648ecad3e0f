package com.offerbook.valuation;

import com.offerbook.comp.BonusTarget;
import com.offerbook.comp.EquityKind;
import com.offerbook.comp.ValuationAssumptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Current jobs for tests of the features that use the valuation service. */
public final class ValuationFixtures {

    private ValuationFixtures() {}

    /**
     * "Current Co" in {@code currency}: $250,000 base, public RSUs vesting {@code monthly} at the end of each of the
     * next 12 months (issue 12's vector with 10,000: $120,000), leaving after {@code leaveMonth} months, no growth.
     */
    public static CurrentJobDraft currentJob(String currency, int leaveMonth, long monthly) {
        var tranches = new ArrayList<CurrentJobDraft.Tranche>();
        for (int month = 1; month <= 12; month++) {
            tranches.add(new CurrentJobDraft.Tranche(month, BigDecimal.valueOf(monthly)));
        }
        return new CurrentJobDraft(
                "Current Co",
                currency,
                BigDecimal.valueOf(250_000),
                BonusTarget.Kind.AMOUNT,
                BigDecimal.ZERO,
                EquityKind.PUBLIC_RSU,
                LocalDate.of(2026, 12, 1),
                leaveMonth,
                12,
                BigDecimal.ZERO,
                0,
                false,
                0,
                tranches,
                AssumptionsDraft.from(ValuationAssumptions.none()));
    }

    /** The same job with other vesting dates. */
    public static CurrentJobDraft withTranches(CurrentJobDraft d, List<CurrentJobDraft.Tranche> tranches) {
        return new CurrentJobDraft(
                d.company(),
                d.currency(),
                d.baseSalary(),
                d.bonusKind(),
                d.bonusValue(),
                d.equityKind(),
                d.recordedOn(),
                d.leaveMonth(),
                d.bonusPaidInMonths(),
                d.repayableAmount(),
                d.repayableClawbackMonths(),
                d.repayableProRated(),
                d.monthsServed(),
                tranches,
                d.assumptions());
    }
}
