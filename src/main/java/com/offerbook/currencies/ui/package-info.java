@NullMarked
package com.offerbook.currencies.ui;

import org.jspecify.annotations.NullMarked;
