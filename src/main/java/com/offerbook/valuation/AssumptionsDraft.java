package com.offerbook.valuation;

import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Raise;
import com.offerbook.comp.Refresher;
import com.offerbook.comp.Scenarios;
import com.offerbook.comp.ValuationAssumptions;
import com.offerbook.comp.VestingSchedule;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Valuation assumptions as a form holds them and the database stores them. {@code refresherVesting} is a schedule
 * such as "25/25/25/25", or empty for the initial grant's years, even. Field problems are keyed by these component
 * names ({@link ValuationRules}).
 */
public record AssumptionsDraft(
        BigDecimal bearGrowthPercent,
        BigDecimal baseGrowthPercent,
        BigDecimal bullGrowthPercent,
        BigDecimal bearWeightPercent,
        BigDecimal baseWeightPercent,
        BigDecimal bullWeightPercent,
        Liquidity.Mode liquidityMode,
        int firstSaleMonth,
        int saleEveryMonths,
        Liquidity.CapKind saleCapKind,
        BigDecimal saleCapValue,
        Refresher.Kind refresherKind,
        BigDecimal refresherValue,
        String refresherVesting,
        int refresherFirstYear,
        BigDecimal raisePercent,
        int horizonYears,
        @Nullable Long optionShares) {

    public static AssumptionsDraft from(ValuationAssumptions a) {
        var s = a.scenarios();
        var l = a.liquidity();
        var r = a.refresher();
        return new AssumptionsDraft(
                s.bearGrowthPercent(),
                s.baseGrowthPercent(),
                s.bullGrowthPercent(),
                s.bearWeightPercent(),
                s.baseWeightPercent(),
                s.bullWeightPercent(),
                l.mode(),
                l.firstSaleMonth(),
                l.everyMonths(),
                l.capKind(),
                l.capValue(),
                r.kind(),
                r.value(),
                r.vesting() == null ? "" : r.vesting().format(),
                r.firstYear(),
                a.raise().percentPerYear(),
                a.horizonYears(),
                a.optionShares());
    }

    /** The comp value; throws {@code ValuationInputException} (use {@link ValuationRules#check} first). */
    public ValuationAssumptions toAssumptions() {
        return new ValuationAssumptions(
                new Scenarios(
                        bearGrowthPercent,
                        baseGrowthPercent,
                        bullGrowthPercent,
                        bearWeightPercent,
                        baseWeightPercent,
                        bullWeightPercent),
                liquidity(),
                refresher(),
                new Raise(raisePercent),
                horizonYears,
                optionShares);
    }

    Liquidity liquidity() {
        return new Liquidity(liquidityMode, firstSaleMonth, saleEveryMonths, saleCapKind, saleCapValue);
    }

    Refresher refresher() {
        var schedule = refresherVesting.isBlank() ? null : VestingSchedule.parse(refresherVesting, 0);
        return new Refresher(refresherKind, refresherValue, schedule, refresherFirstYear);
    }
}
