@NullMarked
package com.offerbook.bands;

import org.jspecify.annotations.NullMarked;
