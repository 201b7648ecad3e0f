@NullMarked
package com.offerbook.offers.ui;

import org.jspecify.annotations.NullMarked;
