/** The valuation pages: what an offer is worth over time, the job the user would leave, the user's defaults. */
@NullMarked
package com.offerbook.valuation.ui;

import org.jspecify.annotations.NullMarked;
