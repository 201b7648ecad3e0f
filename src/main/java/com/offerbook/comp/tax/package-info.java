/**
 * Take-home pay as data: a {@link com.offerbook.comp.tax.TaxProfile} is a list of rows of a few general kinds
 * (deductions, progressive bands, flat rates with a floor and a cap, credits, tapers), each with its source and date;
 * {@link com.offerbook.comp.tax.TaxCalculator} evaluates one or several stacked profiles for one wage income. No
 * country has its own code: see docs/tax.md.
 */
@NullMarked
package com.offerbook.comp.tax;

import org.jspecify.annotations.NullMarked;
