@NullMarked
package com.offerbook.offers;

import org.jspecify.annotations.NullMarked;
