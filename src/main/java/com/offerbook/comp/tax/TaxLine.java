package com.offerbook.comp.tax;

import com.offerbook.comp.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of "how this was computed".
 *
 * @param profile the title of the profile the row belongs to (name, status, year, version)
 * @param row the row's label
 * @param what the part of the row: "12 % band", "allowed", "phase-out", "recapture"
 * @param kind income or payroll tax
 * @param base the amount the rate applied to (the income in the band, the deduction allowed)
 * @param rate the rate in percent, absent for deductions, credits and recaptures
 * @param tax the tax of the line, rounded as the profile says; negative for a credit, zero for a deduction
 */
public record TaxLine(
        String profile,
        String row,
        String what,
        TaxKind kind,
        Money base,
        @Nullable BigDecimal rate,
        Money tax,
        TaxSource source) {}
