/** Cross-cutting pieces every feature may use: the clock, the not-found exception. */
@NullMarked
package com.offerbook.base;

import org.jspecify.annotations.NullMarked;
