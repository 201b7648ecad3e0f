package com.offerbook.comp;

/**
 * What one year of a package is made of. {@code oneTime} is the signing bonus paid that year (a bonus can be split
 * by year), plus relocation and other one-time money in year 1.
 */
public record YearFigures(int year, Money base, Money bonus, Money equity, Money oneTime) {

    public Money total() {
        return base.plus(bonus).plus(equity).plus(oneTime);
    }
}
