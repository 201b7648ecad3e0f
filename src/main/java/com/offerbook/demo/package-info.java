/** Demo data for the {@code demo} Spring profile. Never active unless asked for. */
@NullMarked
package com.offerbook.demo;

import org.jspecify.annotations.NullMarked;
