package com.offerbook.tax;

import com.offerbook.comp.tax.FilingStatus;

/** How a user's after-tax figures are computed: the filing status and the tax year whose rules apply to every year. */
public record TaxSettings(FilingStatus filingStatus, int taxYear) {}
