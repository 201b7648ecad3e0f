/** The landing page's figures: cards and chart data across the user's offers, in their display currency. */
@NullMarked
package com.offerbook.dashboard;

import org.jspecify.annotations.NullMarked;
