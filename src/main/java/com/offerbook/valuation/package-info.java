/**
 * What an offer is worth over time (issue 12): the user's valuation assumptions per offer and their defaults per
 * kind of equity, the job they would leave, and the projections, comparisons and make-whole figures computed from
 * them by the pure {@code comp} package. Assumptions are kept apart from the offers' revisions: saving them never
 * creates a revision.
 */
@NullMarked
package com.offerbook.valuation;

import org.jspecify.annotations.NullMarked;
