package com.offerbook.comp.tax;

import com.offerbook.comp.Money;
import java.util.List;

/**
 * Income tax, payroll tax and take-home for one wage income under stacked profiles, with every line that made them.
 * An estimate for a single income with no other income and no other deductions; not tax advice.
 *
 * @param parts one per profile, in the order given
 * @param lines the breakdown; the taxes are the sums of its lines
 */
public record TaxResult(
        Money gross, Money incomeTax, Money payrollTax, Money takeHome, List<Part> parts, List<TaxLine> lines) {

    public TaxResult {
        parts = List.copyOf(parts);
        lines = List.copyOf(lines);
    }

    public Money totalTax() {
        return incomeTax.plus(payrollTax);
    }

    /** What one profile took: its taxable income and taxes. {@code profile} names its version. */
    public record Part(String profile, String note, Money taxable, Money incomeTax, Money payrollTax) {}
}
