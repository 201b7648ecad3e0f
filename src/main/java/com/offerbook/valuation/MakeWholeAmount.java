package com.offerbook.valuation;

import com.offerbook.comp.MakeWhole;
import org.jspecify.annotations.Nullable;

/**
 * What the recorded current job would have vested in the 12 months after the leave date, in a chosen currency: the
 * least a signing bonus should be to make the user whole (the planner's make-whole lever).
 *
 * @param company the current job's company
 * @param makeWhole the amount by scenario, weighted, with its steps
 * @param conversion how the job's figures were converted, or null when they share the currency
 */
public record MakeWholeAmount(
        String company, MakeWhole makeWhole, @Nullable String conversion) {}
