package com.offerbook.comp.tax;

/** Income tax (which credits reduce) or payroll tax (social insurance on wages: FICA, NI, SDI, premiums). */
public enum TaxKind {
    INCOME,
    PAYROLL
}
