@NullMarked
package com.offerbook.base.ui;

import org.jspecify.annotations.NullMarked;
