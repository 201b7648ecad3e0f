@NullMarked
package com.offerbook.bands.ui;

import org.jspecify.annotations.NullMarked;
