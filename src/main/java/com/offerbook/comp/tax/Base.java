package com.offerbook.comp.tax;

/** What a rate applies to: the gross wage, or the taxable income left after the profile's deductions. */
public enum Base {
    GROSS,
    TAXABLE
}
