package com.offerbook.valuation;

import com.offerbook.comp.Liquidity;
import com.offerbook.comp.Refresher;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The columns of one set of assumptions, shared by an offer's, a user's defaults and the current job's. */
@Embeddable
class AssumptionColumns {

    @Column(name = "bear_growth_pct", nullable = false, precision = 7, scale = 2)
    private BigDecimal bearGrowthPercent = BigDecimal.ZERO;

    @Column(name = "base_growth_pct", nullable = false, precision = 7, scale = 2)
    private BigDecimal baseGrowthPercent = BigDecimal.ZERO;

    @Column(name = "bull_growth_pct", nullable = false, precision = 7, scale = 2)
    private BigDecimal bullGrowthPercent = BigDecimal.ZERO;

    @Column(name = "bear_weight_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal bearWeightPercent = BigDecimal.ZERO;

    @Column(name = "base_weight_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal baseWeightPercent = BigDecimal.valueOf(100);

    @Column(name = "bull_weight_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal bullWeightPercent = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "liquidity_mode", nullable = false, length = 16)
    private Liquidity.Mode liquidityMode = Liquidity.Mode.FLAT_DISCOUNT;

    @Column(name = "first_sale_month", nullable = false)
    private int firstSaleMonth;

    @Column(name = "sale_every_months", nullable = false)
    private int saleEveryMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "sale_cap_kind", nullable = false, length = 20)
    private Liquidity.CapKind saleCapKind = Liquidity.CapKind.PERCENT_OF_UNSOLD;

    @Column(name = "sale_cap_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal saleCapValue = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(name = "refresher_kind", nullable = false, length = 20)
    private Refresher.Kind refresherKind = Refresher.Kind.AMOUNT;

    @Column(name = "refresher_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal refresherValue = BigDecimal.ZERO;

    @Column(name = "refresher_vesting", nullable = false, length = 100)
    private String refresherVesting = "";

    @Column(name = "refresher_first_year", nullable = false)
    private int refresherFirstYear = Refresher.DEFAULT_FIRST_YEAR;

    @Column(name = "raise_pct", nullable = false, precision = 6, scale = 2)
    private BigDecimal raisePercent = BigDecimal.ZERO;

    @Column(name = "horizon_years", nullable = false)
    private int horizonYears;

    @Column(name = "option_shares")
    private @Nullable Long optionShares;

    protected AssumptionColumns() {
        // for JPA
    }

    AssumptionColumns(AssumptionsDraft d) {
        set(d);
    }

    final void set(AssumptionsDraft d) {
        bearGrowthPercent = cents(d.bearGrowthPercent());
        baseGrowthPercent = cents(d.baseGrowthPercent());
        bullGrowthPercent = cents(d.bullGrowthPercent());
        bearWeightPercent = cents(d.bearWeightPercent());
        baseWeightPercent = cents(d.baseWeightPercent());
        bullWeightPercent = cents(d.bullWeightPercent());
        liquidityMode = d.liquidityMode();
        firstSaleMonth = d.firstSaleMonth();
        saleEveryMonths = d.saleEveryMonths();
        saleCapKind = d.saleCapKind();
        saleCapValue = cents(d.saleCapValue());
        refresherKind = d.refresherKind();
        refresherValue = cents(d.refresherValue());
        refresherVesting = d.refresherVesting().strip();
        refresherFirstYear = d.refresherFirstYear();
        raisePercent = cents(d.raisePercent());
        horizonYears = d.horizonYears();
        optionShares = d.optionShares();
    }

    /**
     * As the column keeps it (two decimals), so a draft read back in the same transaction equals one read from the
     * database: 50 is 50.00, never 5E+1. The rules allow at most two decimals, so nothing is rounded.
     */
    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    AssumptionsDraft toDraft() {
        return new AssumptionsDraft(
                bearGrowthPercent,
                baseGrowthPercent,
                bullGrowthPercent,
                bearWeightPercent,
                baseWeightPercent,
                bullWeightPercent,
                liquidityMode,
                firstSaleMonth,
                saleEveryMonths,
                saleCapKind,
                saleCapValue,
                refresherKind,
                refresherValue,
                refresherVesting,
                refresherFirstYear,
                raisePercent,
                horizonYears,
                optionShares);
    }
}
