package com.offerbook.comp;

/** What one year of a package is made of. {@code oneTime} is signing bonus and relocation, paid in year 1 only. */
public record YearFigures(int year, Money base, Money bonus, Money equity, Money oneTime) {

    public Money total() {
        return base.plus(bonus).plus(equity).plus(oneTime);
    }
}
