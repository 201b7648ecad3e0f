package com.offerbook.valuation;

import com.offerbook.comp.Projection;

/**
 * Staying at the recorded current job over a chosen horizon, in the job's currency.
 *
 * @param company the current job's company
 * @param today the job's figures of today: no growth, no raise, no refresher
 * @param assumed under the job's own assumptions
 */
public record Staying(String company, Projection today, Projection assumed) {}
