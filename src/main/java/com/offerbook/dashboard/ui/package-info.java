@NullMarked
package com.offerbook.dashboard.ui;

import org.jspecify.annotations.NullMarked;
