/**
 * Currencies and the stored exchange rates every feature converts with. Below offers and bands: a comparison only
 * ever goes down to it.
 */
@NullMarked
package com.offerbook.currencies;

import org.jspecify.annotations.NullMarked;
