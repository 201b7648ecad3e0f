/**
 * Take-home pay as cited data (issue 13): tax profiles stored as versioned documents that administrators add and
 * everybody reads, which places a region's wages are taxed in, each user's filing status and tax year, and the after-tax
 * figures of a package computed by {@link com.offerbook.comp.tax.TaxCalculator}. Below offers, valuation and the
 * dashboard, which hand it gross figures; it knows no offer.
 */
@NullMarked
package com.offerbook.tax;

import org.jspecify.annotations.NullMarked;
